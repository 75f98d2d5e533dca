package io.terrain.waves.api;

import java.io.Serializable;
import java.util.List;

/** Accepting a proposal, with the manager's edits (sites put in another wave of the proposal, or in none). */
public record ProposalAcceptance(List<ProposalOverride> overrides) implements Serializable {

    public ProposalAcceptance {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }
}
