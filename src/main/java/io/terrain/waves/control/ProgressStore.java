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
import java.util.Arrays;
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

    /** The levels a place's counts are split into. */
    public enum Part {
        REGION("regionId"), SECTOR("sectorId");

        private final String field;

        Part(String field) {
            this.field = field;
        }
    }

    /**
     * One group of a place's rollouts: its wave (null: in none), status and part one level down (null when not split,
     * or for rows without one), with its sites, their checklist items closed and in all, and its sites late on their
     * checklist on the day counted.
     */
    public record Group(Long waveId, RolloutStatus status, Long partId, long sites, long checklistClosed, long checklistItems,
                        long lateSites) {
    }

    /**
     * The place's rollouts in groups by wave, status and (unless {@code part} is null) region or sector: two passes over
     * the plan's rows in the index that holds every column they read, whatever the network's size (a few hundred groups).
     */
    public List<Group> groups(long planId, RolloutPlace place, ManagedPerimeter within, Part part, LocalDate today) {
        String partColumn = part == null ? "" : ", r." + part.field;
        String grouping = " GROUP BY r.waveId, r.status" + partColumn;
        // Late sites apart rather than as SUM(CASE … THEN 1 ELSE 0 END): H2 cannot type the literals EclipseLink binds.
        Map<List<Object>, Long> late = new HashMap<>();
        TypedQuery<Object[]> lateQuery = query("SELECT r.waveId, r.status, COUNT(r)" + partColumn + " FROM Rollout r" + where(place, within)
                + " AND r.checklistNextDue < :today" + grouping, planId, place, within);
        for (Object[] row : lateQuery.setParameter("today", today).getResultList()) {
            late.put(Arrays.asList(row[0], row[1], part == null ? null : row[3]), number(row[2]));
        }
        List<Group> groups = new ArrayList<>();
        for (Object[] row : query("SELECT r.waveId, r.status, COUNT(r), SUM(r.checklistClosed), SUM(r.checklistItems)" + partColumn
                + " FROM Rollout r" + where(place, within) + grouping, planId, place, within).getResultList()) {
            Long partId = part == null ? null : (Long) row[5];
            groups.add(new Group((Long) row[0], (RolloutStatus) row[1], partId, number(row[2]), number(row[3]), number(row[4]),
                    late.getOrDefault(Arrays.asList(row[0], row[1], partId), 0L)));
        }
        return groups;
    }

    /** Per wave: [checklist items closed (done or not applicable), all items, sites late on their checklist]. */
    public static Map<Long, long[]> checklistsByWave(List<Group> groups) {
        Map<Long, long[]> waves = new HashMap<>();
        for (Group g : groups) {
            if (g.waveId() != null) {
                long[] wave = waves.computeIfAbsent(g.waveId(), w -> new long[3]);
                wave[0] += g.checklistClosed();
                wave[1] += g.checklistItems();
                wave[2] += g.lateSites();
            }
        }
        return waves;
    }

    /** Each site of the place, by code (a sector's few hundred at most). */
    public List<SiteState> sites(long planId, RolloutPlace place, ManagedPerimeter within, int limit) {
        return states(query("SELECT r.siteId, r.siteCode, r.regionId, r.sectorId, r.waveId, r.status, r.blockedSince, r.blockedReason"
                + " FROM Rollout r" + where(place, within) + " ORDER BY r.siteCode", planId, place, within).setMaxResults(limit));
    }

    /**
     * The sites someone should look at, by code: blocked ones, and those being worked on — in progress, or not started
     * in a wave whose preparation (or go-live) has begun ({@code startedWaves}, read by the caller from the plan's few
     * waves rather than joined to 20,000 rows).
     */
    public List<SiteState> watched(long planId, RolloutPlace place, ManagedPerimeter within, Collection<Long> startedWaves) {
        TypedQuery<Object[]> query = query("SELECT r.siteId, r.siteCode, r.regionId, r.sectorId, r.waveId, r.status, r.blockedSince,"
                + " r.blockedReason FROM Rollout r" + where(place, within) + " AND (r.status IN :watched"
                + " OR (r.status = :notStarted AND r.waveId IN :started)) ORDER BY r.siteCode", planId, place, within);
        // IN () is not SQL: an id no wave has stands for "none".
        return states(query.setParameter("watched", List.of(RolloutStatus.BLOCKED, RolloutStatus.IN_PROGRESS))
                .setParameter("notStarted", RolloutStatus.NOT_STARTED)
                .setParameter("started", startedWaves.isEmpty() ? List.of(-1L) : List.copyOf(startedWaves)));
    }

    /** Adopted sites per adoption date. */
    public Map<LocalDate, Long> byAdoption(long planId, RolloutPlace place, ManagedPerimeter within) {
        return datedCounts(query("SELECT r.adoptedOn, COUNT(r) FROM Rollout r" + where(place, within)
                + " AND r.adoptedOn IS NOT NULL GROUP BY r.adoptedOn", planId, place, within));
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
