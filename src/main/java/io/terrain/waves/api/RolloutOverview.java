package io.terrain.waves.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan's rollout in one place of the network, as the dashboards show it: its sites by status, the adoption curve
 * planned against actual, each wave's progress, the same counts one level down (regions, sectors or sites), the
 * blocked sites and the sites being worked on. Counted from the rollout rows, never from measurements.
 *
 * @param parts       one entry per region (place: everywhere), sector (a region) or site (a sector or a site)
 * @param blocked     blocked sites, longest blocked first
 * @param activeSites sites in a wave and not yet adopted nor blocked: the coaches' ground
 */
public record RolloutOverview(long planId, RolloutPlace place, StatusCounts counts, List<AdoptionPoint> curve,
                              List<WaveProgress> waves, List<PartProgress> parts, List<SiteState> blocked,
                              List<SiteState> activeSites) implements Serializable {

    public RolloutOverview {
        curve = List.copyOf(curve);
        waves = List.copyOf(waves);
        parts = List.copyOf(parts);
        blocked = List.copyOf(blocked);
        activeSites = List.copyOf(activeSites);
    }

    /**
     * Sites by where they stand: not in any wave yet, in a wave not started, in progress, adopted, blocked (whether in a
     * wave or not). The five add up to the perimeter.
     */
    public record StatusCounts(long notPlanned, long planned, long inProgress, long adopted, long blocked) implements Serializable {

        public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

        public long total() {
            return notPlanned + planned + inProgress + adopted + blocked;
        }

        /** Adopted sites over the perimeter, 0–1 (0 for an empty perimeter). */
        public double adoptionRate() {
            return total() == 0 ? 0 : adopted / (double) total();
        }

        public StatusCounts plus(StatusCounts other) {
            return new StatusCounts(notPlanned + other.notPlanned, planned + other.planned, inProgress + other.inProgress,
                    adopted + other.adopted, blocked + other.blocked);
        }
    }

    /**
     * At the end of a month: sites whose wave goes live by then (planned) and sites adopted by then (actual; null for
     * months still to come).
     */
    public record AdoptionPoint(LocalDate monthEnd, long planned, Long adopted) implements Serializable {
    }

    /**
     * A wave within the place: its sites by status, its checklist items done (or not applicable) out of all, and its
     * sites late on their checklist (an item still open past its due date).
     */
    public record WaveProgress(long waveId, String code, String name, LocalDate goLive, WaveStatus status, StatusCounts counts,
                               long checklistClosed, long checklistItems, long lateSites) implements Serializable {

        /** Closed checklist items over all, 0–1. */
        public double checklistCompletion() {
            return checklistItems == 0 ? 0 : checklistClosed / (double) checklistItems;
        }
    }

    /** A region, sector or site under the place (its id; a site's code in {@code siteCode}), with its counts. */
    public record PartProgress(long id, String siteCode, StatusCounts counts) implements Serializable {
    }

    /** A site with where it stands: blocked since when and why, or its wave while it is worked on. */
    public record SiteState(long siteId, String siteCode, Long regionId, Long sectorId, Long waveId, RolloutStatus status,
                            LocalDate blockedSince, String blockedReason) implements Serializable {
    }
}
