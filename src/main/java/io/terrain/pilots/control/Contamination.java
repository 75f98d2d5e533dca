package io.terrain.pilots.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sites that cannot serve as controls of a pilot because another pilot treats them while this one
 * is measured (DESIGN.md §6): their change would be counted against the improvement, biasing its
 * effect. A site that is only another pilot's control stays allowed (with a warning).
 */
public final class Contamination {

    /** Another pilot, as far as contamination goes: its treatment window and its pilot sites. */
    public record OtherPilot(LocalDate pilotFrom, LocalDate pilotTo, List<Long> pilotSiteIds) {
    }

    private Contamination() {
    }

    /**
     * The pilot sites of the other pilots whose treatment window meets this pilot's baseline or
     * pilot window ({@code baselineFrom} to {@code pilotTo}). A pilot without dates treats nothing yet.
     */
    public static Set<Long> treatedMeanwhile(LocalDate baselineFrom, LocalDate pilotTo, Collection<OtherPilot> others) {
        Set<Long> treated = new HashSet<>();
        if (baselineFrom == null || pilotTo == null) {
            return treated;
        }
        for (OtherPilot other : others) {
            if (other.pilotFrom() != null && other.pilotTo() != null
                    && !other.pilotFrom().isAfter(pilotTo) && !other.pilotTo().isBefore(baselineFrom)) {
                treated.addAll(other.pilotSiteIds());
            }
        }
        return treated;
    }
}
