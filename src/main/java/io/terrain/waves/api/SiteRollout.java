package io.terrain.waves.api;

import io.terrain.network.api.SiteKind;
import java.io.Serializable;
import java.time.LocalDate;

/** A perimeter site of a plan: its wave (null: not yet planned), rollout status and checklist progress. */
public record SiteRollout(long id, long planId, long siteId, String siteCode, String siteName, Long regionId, Long sectorId,
                          String segment, SiteKind kind, Long waveId, String waveCode, LocalDate goLive, RolloutStatus status,
                          LocalDate adoptedOn, String blockedReason, LocalDate blockedSince, String blockedBy, boolean pinned,
                          int checklistDone, int checklistItems, long version) implements Serializable {
}
