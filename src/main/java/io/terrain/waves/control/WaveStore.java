package io.terrain.waves.control;

import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.waves.api.RolloutFilter;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans, waves and site rollouts. */
@ApplicationScoped
public class WaveStore {

    /** Rows per multi-row INSERT when a perimeter is laid out: 20,000 sites in 40 statements. */
    private static final int INSERT_ROWS = 500;

    @PersistenceContext
    EntityManager em;

    public List<Plan> plans() {
        return em.createQuery("SELECT p FROM Plan p ORDER BY p.createdAt DESC, p.id DESC", Plan.class).getResultList();
    }

    public Optional<Plan> plan(long id) {
        return Optional.ofNullable(em.find(Plan.class, id));
    }

    /** The plan, its row locked until the transaction ends (schedule changes are decided one at a time). */
    public Optional<Plan> lockedPlan(long id) {
        return Optional.ofNullable(em.find(Plan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Plan> planByName(String name) {
        return em.createQuery("SELECT p FROM Plan p WHERE p.name = :n", Plan.class).setParameter("n", name)
                .getResultStream().findFirst();
    }

    public List<Wave> waves(long planId) {
        return em.createQuery("SELECT w FROM Wave w WHERE w.planId = :p ORDER BY w.goLive, w.code", Wave.class)
                .setParameter("p", planId).getResultList();
    }

    public Optional<Wave> wave(long id) {
        return Optional.ofNullable(em.find(Wave.class, id));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    /** Lets go of the entities read so far (long read-only walks through a plan's sites). */
    public void clear() {
        em.clear();
    }

    /** Lays out a plan's perimeter: one NOT_STARTED row per site, in multi-row inserts. */
    public void addRollouts(long planId, List<SitePlacement> sites) {
        for (int from = 0; from < sites.size(); from += INSERT_ROWS) {
            List<SitePlacement> chunk = sites.subList(from, Math.min(sites.size(), from + INSERT_ROWS));
            StringBuilder sql = new StringBuilder("INSERT INTO waves_site_rollout (plan_id, site_id, site_code, region_id, sector_id,"
                    + " segment, site_kind, status, pinned, version) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', FALSE, 0)");
            }
            List<Object> parameters = new ArrayList<>();
            for (SitePlacement site : chunk) {
                parameters.add(planId);
                parameters.add(site.siteId());
                parameters.add(site.code());
                parameters.add(site.regionId());
                parameters.add(site.sectorId());
                parameters.add(site.segment());
                parameters.add(site.kind() == null ? null : site.kind().name());
            }
            BulkSql.execute(em, sql.toString(), parameters);
        }
    }

    /** Removes the rows of sites that left a draft plan's perimeter (none of them in a wave: the caller checks). */
    public void removeRollouts(long planId, Collection<Long> siteIds) {
        List<Long> ids = new ArrayList<>(siteIds);
        for (int from = 0; from < ids.size(); from += INSERT_ROWS) {
            em.createQuery("DELETE FROM Rollout r WHERE r.planId = :p AND r.siteId IN :s")
                    .setParameter("p", planId).setParameter("s", ids.subList(from, Math.min(ids.size(), from + INSERT_ROWS)))
                    .executeUpdate();
        }
        em.clear();
    }

    /** Sites of a plan per region and per sector (both counted), within a line manager's perimeter or all (null). */
    public Map<Long, Long> sitesPerUnit(long planId, ManagedPerimeter within) {
        Map<Long, Long> sites = new HashMap<>();
        for (String unit : List.of("regionId", "sectorId")) {
            TypedQuery<Object[]> query = em.createQuery("SELECT r." + unit + ", COUNT(r) FROM Rollout r WHERE r.planId = :plan"
                    + within(within) + " AND r." + unit + " IS NOT NULL GROUP BY r." + unit, Object[].class);
            query.setParameter("plan", planId);
            bindWithin(query, within);
            query.getResultList().forEach(row -> sites.merge((Long) row[0], number(row[1]), Long::sum));
        }
        return sites;
    }

    /** Every rollout of a plan by site id: for imports and perimeter changes (20,000 small entities at most). */
    public Map<Long, Rollout> rolloutsBySite(long planId) {
        Map<Long, Rollout> bySite = new HashMap<>();
        em.createQuery("SELECT r FROM Rollout r WHERE r.planId = :p", Rollout.class).setParameter("p", planId)
                .getResultStream().forEach(r -> bySite.put(r.getSiteId(), r));
        return bySite;
    }

    public Optional<Rollout> rollout(long planId, long siteId) {
        return em.createQuery("SELECT r FROM Rollout r WHERE r.planId = :p AND r.siteId = :s", Rollout.class)
                .setParameter("p", planId).setParameter("s", siteId).getResultStream().findFirst();
    }

    public Optional<Rollout> rollout(long id) {
        return Optional.ofNullable(em.find(Rollout.class, id));
    }

    /** Rollouts of a site across plans (a site may be in several plans, one per package). */
    public List<Rollout> rolloutsOfSite(long siteId) {
        return em.createQuery("SELECT r FROM Rollout r WHERE r.siteId = :s ORDER BY r.planId", Rollout.class)
                .setParameter("s", siteId).getResultList();
    }

    /** A page of a plan's rollouts, by site code; {@code within}: a line manager's perimeter, null for all. */
    public List<Rollout> rollouts(long planId, RolloutFilter filter, ManagedPerimeter within, int offset, int limit) {
        TypedQuery<Rollout> query = em.createQuery("SELECT r FROM Rollout r" + where(filter, within) + " ORDER BY r.siteCode",
                Rollout.class);
        bind(query, planId, filter, within);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countRollouts(long planId, RolloutFilter filter, ManagedPerimeter within) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM Rollout r" + where(filter, within), Long.class);
        bind(query, planId, filter, within);
        return query.getSingleResult();
    }

    /** Whether the plan has a rollout within the perimeter: the first row found answers, nothing is counted. */
    public boolean anyRollout(long planId, ManagedPerimeter within) {
        TypedQuery<Long> query = em.createQuery("SELECT r.id FROM Rollout r WHERE r.planId = :plan" + within(within), Long.class)
                .setParameter("plan", planId);
        bindWithin(query, within);
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /** Rollouts a perimeter covers: its units' (regions and sectors carried by the row) and its single sites. */
    static String within(ManagedPerimeter within) {
        return within == null || within.wholeNetwork() ? ""
                : " AND (r.regionId IN :units OR r.sectorId IN :units OR r.siteId IN :sites)";
    }

    static void bindWithin(Query query, ManagedPerimeter within) {
        if (within != null && !within.wholeNetwork()) {
            // IN () is not SQL: an id no row has stands for "none".
            query.setParameter("units", within.orgUnitIds().isEmpty() ? List.of(-1L) : List.copyOf(within.orgUnitIds()));
            query.setParameter("sites", within.siteIds().isEmpty() ? List.of(-1L) : List.copyOf(within.siteIds()));
        }
    }

    private static String where(RolloutFilter f, ManagedPerimeter within) {
        StringBuilder where = new StringBuilder(" WHERE r.planId = :plan").append(within(within));
        if (f.unplanned()) {
            where.append(" AND r.waveId IS NULL");
        } else if (f.waveId() != null) {
            where.append(" AND r.waveId = :wave");
        }
        if (f.status() != null) {
            where.append(" AND r.status = :status");
        }
        if (f.regionId() != null) {
            where.append(" AND r.regionId = :region");
        }
        if (f.sectorId() != null) {
            where.append(" AND r.sectorId = :sector");
        }
        if (f.segment() != null) {
            where.append(" AND r.segment = :segment");
        }
        if (f.codePrefix() != null) {
            where.append(" AND r.siteCode LIKE :code");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, long planId, RolloutFilter f, ManagedPerimeter within) {
        query.setParameter("plan", planId);
        bindWithin(query, within);
        if (!f.unplanned() && f.waveId() != null) {
            query.setParameter("wave", f.waveId());
        }
        if (f.status() != null) {
            query.setParameter("status", f.status());
        }
        if (f.regionId() != null) {
            query.setParameter("region", f.regionId());
        }
        if (f.sectorId() != null) {
            query.setParameter("sector", f.sectorId());
        }
        if (f.segment() != null) {
            query.setParameter("segment", f.segment());
        }
        if (f.codePrefix() != null) {
            query.setParameter("code", f.codePrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    /**
     * Per plan: [perimeter sites, sites in a wave, adopted sites, waves]. Grouped counts rather than
     * SUM(CASE …): EclipseLink binds the CASE's literals as parameters, which H2 cannot type.
     */
    public Map<Long, long[]> planCounts() {
        Map<Long, long[]> counts = new HashMap<>();
        // One pass over every plan's rollouts for the three site counts.
        for (Object[] row : em.createQuery("SELECT r.planId, r.status, COUNT(r), COUNT(r.waveId) FROM Rollout r GROUP BY r.planId, r.status",
                Object[].class).getResultList()) {
            long[] plan = counts.computeIfAbsent((Long) row[0], p -> new long[4]);
            plan[0] += number(row[2]);
            plan[1] += number(row[3]);
            if (row[1] == RolloutStatus.ADOPTED) {
                plan[2] += number(row[2]);
            }
        }
        for (Object[] row : em.createQuery("SELECT w.planId, COUNT(w) FROM Wave w GROUP BY w.planId", Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], p -> new long[4])[3] = number(row[1]);
        }
        return counts;
    }

    /** Per wave of a plan, sites by rollout status. */
    public Map<Long, Map<RolloutStatus, Long>> waveCounts(long planId) {
        return waveCounts(planId, null);
    }

    /** Sites per wave and status; {@code within}: a line manager's perimeter, null for all. */
    public Map<Long, Map<RolloutStatus, Long>> waveCounts(long planId, ManagedPerimeter within) {
        Map<Long, Map<RolloutStatus, Long>> counts = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery("SELECT r.waveId, r.status, COUNT(r) FROM Rollout r WHERE r.planId = :plan"
                + within(within) + " AND r.waveId IS NOT NULL GROUP BY r.waveId, r.status", Object[].class);
        query.setParameter("plan", planId);
        bindWithin(query, within);
        for (Object[] row : query.getResultList()) {
            counts.computeIfAbsent((Long) row[0], w -> new HashMap<>()).put((RolloutStatus) row[1], number(row[2]));
        }
        return counts;
    }

    /** Adoption dates of a plan's adopted sites, and every perimeter site id: what the impact engine needs. */
    public Map<Long, java.time.LocalDate> adoptionDates(long planId) {
        Map<Long, java.time.LocalDate> dates = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.siteId, r.adoptedOn FROM Rollout r WHERE r.planId = :p AND r.adoptedOn IS NOT NULL",
                Object[].class).setParameter("p", planId).getResultList()) {
            dates.put((Long) row[0], (java.time.LocalDate) row[1]);
        }
        return dates;
    }

    public List<Long> perimeterSiteIds(long planId) {
        return em.createQuery("SELECT r.siteId FROM Rollout r WHERE r.planId = :p", Long.class).setParameter("p", planId).getResultList();
    }

    /** The sectors (or regions, for sites hung there) of a wave's sites. */
    public List<Object[]> unitsOfWave(long waveId) {
        return em.createQuery("SELECT DISTINCT r.regionId, r.sectorId FROM Rollout r WHERE r.waveId = :w", Object[].class)
                .setParameter("w", waveId).getResultList();
    }

    /**
     * Moves rollouts in bulk: one UPDATE per chunk of ids sharing a wave, a pin and an adoption
     * (an imported schedule moves thousands at once; entity by entity they would be as many
     * statements). Adopted rows become ADOPTED; the entities read before are out of date afterwards.
     * With {@code onlyNotStarted}, a row whose rollout started meanwhile is left alone (and not counted).
     *
     * @return the rows moved
     */
    public int moveRollouts(Collection<Long> rolloutIds, Long waveId, boolean pinned, java.time.LocalDate adoptedOn,
                            boolean onlyNotStarted) {
        List<Long> ids = List.copyOf(rolloutIds);
        int moved = 0;
        for (int from = 0; from < ids.size(); from += INSERT_ROWS) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + INSERT_ROWS));
            List<Object> parameters = new ArrayList<>();
            parameters.add(waveId);
            parameters.add(waveId != null && pinned);
            if (adoptedOn != null) {
                parameters.add(adoptedOn);
            }
            parameters.addAll(chunk);
            moved += BulkSql.execute(em, "UPDATE waves_site_rollout SET wave_id = ?, pinned = ?, version = version + 1"
                    + (adoptedOn == null ? "" : ", adopted_on = ?, status = 'ADOPTED', blocked_reason = NULL, blocked_since = NULL,"
                    + " blocked_by = NULL") + " WHERE id IN (" + "?,".repeat(chunk.size() - 1) + "?)"
                    + (onlyNotStarted ? " AND status = 'NOT_STARTED'" : ""), parameters);
        }
        return moved;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
