package io.terrain.waves.control;

import io.terrain.network.api.ManagedPerimeter;
import io.terrain.waves.api.RolloutOverview.SiteState;
import io.terrain.waves.api.RolloutOverview.StatusCounts;
import io.terrain.waves.api.RolloutPlace;
import io.terrain.waves.api.RolloutStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grouped counts the dashboards read of a plan in one place: a handful of GROUP BY queries over the plan's
 * rollout rows (indexed by plan, region and sector), never a row per site unless the place is a sector.
 */
@ApplicationScoped
public class ProgressStore {

    /** Blocked sites listed on a dashboard: the longest blocked first; the count says how many there are in all. */
    public static final int BLOCKED_LISTED = 100;

    @PersistenceContext
    EntityManager em;

    /** Sites per wave (null: in none) and status. */
    public Map<Long, Map<RolloutStatus, Long>> byWaveAndStatus(long planId, RolloutPlace place, ManagedPerimeter within) {
        Map<Long, Map<RolloutStatus, Long>> counts = new HashMap<>();
        for (Object[] row : query("SELECT r.waveId, r.status, COUNT(r) FROM Rollout r" + where(place, within)
                + " GROUP BY r.waveId, r.status", planId, place, within).getResultList()) {
            counts.computeIfAbsent((Long) row[0], w -> new EnumMap<>(RolloutStatus.class)).put((RolloutStatus) row[1], number(row[2]));
        }
        return counts;
    }

    /** The levels a place's counts are split into. */
    public enum Part {
        REGION("regionId"), SECTOR("sectorId");

        private final String field;

        Part(String field) {
            this.field = field;
        }
    }

    /** Counts one level down, per region or per sector; rows without one are left out. */
    public Map<Long, StatusCounts> byPart(long planId, RolloutPlace place, ManagedPerimeter within, Part part) {
        String partField = part.field;
        Map<Long, StatusCounts> parts = new LinkedHashMap<>();
        // Two queries rather than grouping by "r.waveId IS NULL": JPQL selects no boolean expressions.
        for (boolean inNoWave : new boolean[] {true, false}) {
            for (Object[] row : query("SELECT r." + partField + ", r.status, COUNT(r) FROM Rollout r" + where(place, within) + " AND r."
                    + partField + " IS NOT NULL AND r.waveId IS " + (inNoWave ? "" : "NOT ") + "NULL GROUP BY r." + partField + ", r.status",
                    planId, place, within).getResultList()) {
                parts.merge((Long) row[0], counts(inNoWave, (RolloutStatus) row[1], number(row[2])), StatusCounts::plus);
            }
        }
        return parts;
    }

    /** Each site of the place, by code (a sector's few hundred at most). */
    public List<SiteState> sites(long planId, RolloutPlace place, ManagedPerimeter within, int limit) {
        return states(query("SELECT r.siteId, r.siteCode, r.regionId, r.sectorId, r.waveId, r.status, r.blockedSince, r.blockedReason"
                + " FROM Rollout r" + where(place, within) + " ORDER BY r.siteCode", planId, place, within).setMaxResults(limit));
    }

    public List<SiteState> blocked(long planId, RolloutPlace place, ManagedPerimeter within) {
        TypedQuery<Object[]> query = query("SELECT r.siteId, r.siteCode, r.regionId, r.sectorId, r.waveId, r.status, r.blockedSince,"
                + " r.blockedReason FROM Rollout r" + where(place, within) + " AND r.status = :blocked ORDER BY r.blockedSince, r.siteCode",
                planId, place, within);
        return states(query.setParameter("blocked", RolloutStatus.BLOCKED).setMaxResults(BLOCKED_LISTED));
    }

    /**
     * Sites being worked on: in progress, or not started in a wave whose preparation (or go-live) has begun
     * ({@code startedWaves}, read by the caller from the plan's few waves rather than joined to 20,000 rows).
     */
    public List<SiteState> active(long planId, RolloutPlace place, ManagedPerimeter within, Collection<Long> startedWaves) {
        TypedQuery<Object[]> query = query("SELECT r.siteId, r.siteCode, r.regionId, r.sectorId, r.waveId, r.status, r.blockedSince,"
                + " r.blockedReason FROM Rollout r" + where(place, within) + " AND (r.status = :inProgress"
                + " OR (r.status = :notStarted AND r.waveId IN :started)) ORDER BY r.siteCode", planId, place, within);
        // IN () is not SQL: an id no wave has stands for "none".
        return states(query.setParameter("inProgress", RolloutStatus.IN_PROGRESS).setParameter("notStarted", RolloutStatus.NOT_STARTED)
                .setParameter("started", startedWaves.isEmpty() ? List.of(-1L) : List.copyOf(startedWaves)));
    }

    /** Adopted sites per adoption date. */
    public Map<LocalDate, Long> byAdoption(long planId, RolloutPlace place, ManagedPerimeter within) {
        return datedCounts(query("SELECT r.adoptedOn, COUNT(r) FROM Rollout r" + where(place, within)
                + " AND r.adoptedOn IS NOT NULL GROUP BY r.adoptedOn", planId, place, within));
    }

    /**
     * Per wave: [checklist items closed (done or not applicable), all items, sites with an open item past due on
     * {@code today}], from the counts each rollout row carries (never the items themselves).
     */
    public Map<Long, long[]> checklists(long planId, RolloutPlace place, ManagedPerimeter within, LocalDate today) {
        Map<Long, long[]> items = new HashMap<>();
        TypedQuery<Object[]> query = query("SELECT r.waveId, SUM(r.checklistClosed), SUM(r.checklistItems),"
                + " SUM(CASE WHEN r.checklistNextDue < :today THEN 1 ELSE 0 END) FROM Rollout r" + where(place, within)
                + " AND r.waveId IS NOT NULL GROUP BY r.waveId", planId, place, within);
        for (Object[] row : query.setParameter("today", today).getResultList()) {
            items.put((Long) row[0], new long[] {number(row[1]), number(row[2]), number(row[3])});
        }
        return items;
    }

    /** One status of a site as the dashboards count it: blocked wherever it is, otherwise not planned outside a wave. */
    public static StatusCounts counts(boolean inNoWave, RolloutStatus status, long sites) {
        if (status == RolloutStatus.BLOCKED) {
            return new StatusCounts(0, 0, 0, 0, sites);
        }
        if (inNoWave) {
            return new StatusCounts(sites, 0, 0, 0, 0);
        }
        return switch (status) {
            case NOT_STARTED -> new StatusCounts(0, sites, 0, 0, 0);
            case IN_PROGRESS -> new StatusCounts(0, 0, sites, 0, 0);
            case ADOPTED -> new StatusCounts(0, 0, 0, sites, 0);
            case BLOCKED -> throw new IllegalStateException("handled above");
        };
    }

    private TypedQuery<Object[]> query(String jpql, long planId, RolloutPlace place, ManagedPerimeter within) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("plan", planId);
        WaveStore.bindWithin(query, within);
        if (place.regionId() != null) {
            query.setParameter("region", place.regionId());
        } else if (place.sectorId() != null) {
            query.setParameter("sector", place.sectorId());
        } else if (place.siteId() != null) {
            query.setParameter("site", place.siteId());
        }
        return query;
    }

    private static String where(RolloutPlace place, ManagedPerimeter within) {
        StringBuilder where = new StringBuilder(" WHERE r.planId = :plan").append(WaveStore.within(within));
        if (place.regionId() != null) {
            where.append(" AND r.regionId = :region");
        } else if (place.sectorId() != null) {
            where.append(" AND r.sectorId = :sector");
        } else if (place.siteId() != null) {
            where.append(" AND r.siteId = :site");
        }
        return where.toString();
    }

    private static List<SiteState> states(TypedQuery<Object[]> query) {
        List<SiteState> states = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            states.add(new SiteState((Long) row[0], (String) row[1], (Long) row[2], (Long) row[3], (Long) row[4], (RolloutStatus) row[5],
                    (LocalDate) row[6], (String) row[7]));
        }
        return states;
    }

    private static Map<LocalDate, Long> datedCounts(TypedQuery<Object[]> query) {
        Map<LocalDate, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((LocalDate) row[0], number(row[1]));
        }
        return counts;
    }

    private static long number(Object value) {
        // SUM over no rows is NULL.
        return value == null ? 0 : ((Number) value).longValue();
    }
}
