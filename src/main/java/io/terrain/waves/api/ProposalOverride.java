package io.terrain.waves.api;

import java.io.Serializable;

/** The manager's edit of a proposal before accepting it: this site in that wave of the proposal (null: in none). */
public record ProposalOverride(long siteId, Integer waveIndex) implements Serializable {
}
