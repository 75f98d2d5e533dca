package io.terrain.waves.api;

import io.terrain.network.api.OrgLevel;
import java.io.Serializable;
import java.time.LocalDate;

/** An org unit of a plan's perimeter: its current engagement level (null: none noted) and whether it is blocked. */
public record UnitEngagement(long orgUnitId, String code, String name, OrgLevel level, Long parentId, EngagementLevel engagement,
                             LocalDate notedOn, String notedBy, String comment, boolean blocked, String blockedReason,
                             LocalDate blockedSince, String blockedBy, long sites) implements Serializable {
}
