package io.terrain.waves.control;

import io.terrain.waves.entity.Engagement;
import io.terrain.waves.entity.GateRecord;
import io.terrain.waves.entity.PullRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Engagement entries, blocked units, pull requests and gate decisions of plans. */
@ApplicationScoped
public class EngagementStore {

    @PersistenceContext
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public List<PullRequest> pullRequests(long planId) {
        return em.createQuery("SELECT p FROM PullRequest p WHERE p.planId = :p ORDER BY p.id DESC", PullRequest.class)
                .setParameter("p", planId).getResultList();
    }

    public Optional<PullRequest> pullRequest(long id) {
        return Optional.ofNullable(em.find(PullRequest.class, id));
    }

    /** Each unit's latest entry. */
    public Map<Long, Engagement> current(long planId) {
        Map<Long, Engagement> latest = new HashMap<>();
        for (Engagement e : em.createQuery("SELECT e FROM Engagement e WHERE e.planId = :p ORDER BY e.id", Engagement.class)
                .setParameter("p", planId).getResultList()) {
            latest.put(e.getOrgUnitId(), e);
        }
        return latest;
    }

    public List<Engagement> history(long planId, long orgUnitId) {
        return em.createQuery("SELECT e FROM Engagement e WHERE e.planId = :p AND e.orgUnitId = :u ORDER BY e.id DESC", Engagement.class)
                .setParameter("p", planId).setParameter("u", orgUnitId).getResultList();
    }

    /** A blocked unit: why, since when, by whom. */
    public record Block(long orgUnitId, String reason, LocalDate since, String by) {
    }

    public Map<Long, Block> blocks(long planId) {
        Map<Long, Block> blocks = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT org_unit_id, reason, since, blocked_by FROM waves_unit_block WHERE plan_id = ?")
                .setParameter(1, planId).getResultList()) {
            Object[] r = (Object[]) row;
            long unit = ((Number) r[0]).longValue();
            LocalDate since = r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2];
            blocks.put(unit, new Block(unit, (String) r[1], since, (String) r[3]));
        }
        return blocks;
    }

    public void block(long planId, long orgUnitId, String reason, LocalDate since, String by) {
        unblock(planId, orgUnitId);
        em.createNativeQuery("INSERT INTO waves_unit_block (plan_id, org_unit_id, reason, since, blocked_by) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, planId).setParameter(2, orgUnitId).setParameter(3, reason).setParameter(4, since).setParameter(5, by)
                .executeUpdate();
    }

    public void unblock(long planId, long orgUnitId) {
        em.createNativeQuery("DELETE FROM waves_unit_block WHERE plan_id = ? AND org_unit_id = ?")
                .setParameter(1, planId).setParameter(2, orgUnitId).executeUpdate();
    }

    public List<GateRecord> decisions(long waveId) {
        return em.createQuery("SELECT g FROM GateRecord g WHERE g.waveId = :w ORDER BY g.id DESC", GateRecord.class)
                .setParameter("w", waveId).getResultList();
    }
}
