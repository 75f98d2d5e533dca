package io.terrain.waves.control;

import io.terrain.waves.api.ChecklistStatus;
import io.terrain.waves.entity.ChecklistItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sites' checklist items: one site's, counted per site or per wave, laid and removed in bulk. */
@ApplicationScoped
public class ChecklistStore {

    /** Rows per multi-row statement. */
    private static final int CHUNK = 250;

    @PersistenceContext
    EntityManager em;

    public List<ChecklistItem> checklist(long rolloutId) {
        return em.createQuery("SELECT i FROM ChecklistItem i WHERE i.rolloutId = :r ORDER BY i.position",
                ChecklistItem.class).setParameter("r", rolloutId).getResultList();
    }

    public Optional<ChecklistItem> checklistItem(long id) {
        return Optional.ofNullable(em.find(ChecklistItem.class, id));
    }

    /** Per rollout: [items done or not applicable, items]. */
    public Map<Long, int[]> checklistCounts(Collection<Long> rolloutIds) {
        Map<Long, int[]> counts = new HashMap<>();
        if (rolloutIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("SELECT i.rolloutId, i.status, COUNT(i) FROM ChecklistItem i WHERE i.rolloutId IN :r"
                + " GROUP BY i.rolloutId, i.status", Object[].class).setParameter("r", List.copyOf(rolloutIds)).getResultList()) {
            int[] c = counts.computeIfAbsent((Long) row[0], r -> new int[2]);
            var status = (ChecklistStatus) row[1];
            int n = (int) number(row[2]);
            c[1] += n;
            if (!status.open()) {
                c[0] += n;
            }
        }
        return counts;
    }

    /** New checklist items in multi-row inserts (a proposal or an import lays thousands at once). */
    public void insertChecklist(List<ChecklistItem> items) {
        int rows = CHUNK;
        for (int from = 0; from < items.size(); from += rows) {
            List<ChecklistItem> chunk = items.subList(from, Math.min(items.size(), from + rows));
            StringBuilder sql = new StringBuilder("INSERT INTO waves_checklist_item (rollout_id, position, description, owner_role,"
                    + " expected_days, evidence_expected, due_on, status, done_by, done_on, evidence, version) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            }
            List<Object> parameters = new java.util.ArrayList<>();
            for (var item : chunk) {
                parameters.add(item.getRolloutId());
                parameters.add(item.getPosition());
                parameters.add(item.getDescription());
                parameters.add(item.getOwnerRole());
                parameters.add(item.getExpectedDays());
                parameters.add(item.getEvidenceExpected());
                parameters.add(item.getDueOn());
                parameters.add(item.getStatus().name());
                parameters.add(item.getDoneBy());
                parameters.add(item.getDoneOn());
                parameters.add(item.getEvidence());
            }
            BulkSql.execute(em, sql.toString(), parameters);
        }
    }

    /** Removes the checklists of these rollouts (sites taken out of their wave before they started). */
    public void removeChecklists(Collection<Long> rolloutIds) {
        List<Long> ids = List.copyOf(rolloutIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("DELETE FROM ChecklistItem i WHERE i.rolloutId IN :r")
                    .setParameter("r", ids.subList(from, Math.min(ids.size(), from + CHUNK))).executeUpdate();
        }
    }

    /** Per wave of a plan: [checklist items done or not applicable, items]. */
    public Map<Long, long[]> checklistByWave(long planId) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.waveId, i.status, COUNT(i) FROM ChecklistItem i, Rollout r"
                + " WHERE i.rolloutId = r.id AND r.planId = :p AND r.waveId IS NOT NULL GROUP BY r.waveId, i.status", Object[].class)
                .setParameter("p", planId).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], w -> new long[2]);
            long n = number(row[2]);
            c[1] += n;
            if (!((ChecklistStatus) row[1]).open()) {
                c[0] += n;
            }
        }
        return counts;
    }


    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
