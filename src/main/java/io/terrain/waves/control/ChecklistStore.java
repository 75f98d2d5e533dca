package io.terrain.waves.control;

import io.terrain.waves.api.ChecklistStatus;
import io.terrain.waves.entity.ChecklistItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Sites' checklist items: one site's, laid and removed in bulk, and counted onto their rollouts. */
@ApplicationScoped
public class ChecklistStore {

    /** Rows per multi-row statement. */
    private static final int CHUNK = 250;

    /** The statuses of items still to do, and of those closed, as SQL lists: what the recount counts. */
    private static final String OPEN = statuses(true);
    private static final String CLOSED = statuses(false);

    @PersistenceContext
    EntityManager em;

    public List<ChecklistItem> checklist(long rolloutId) {
        return em.createQuery("SELECT i FROM ChecklistItem i WHERE i.rolloutId = :r ORDER BY i.position",
                ChecklistItem.class).setParameter("r", rolloutId).getResultList();
    }

    public Optional<ChecklistItem> checklistItem(long id) {
        return Optional.ofNullable(em.find(ChecklistItem.class, id));
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

    /**
     * Counts these rollouts' checklists again onto their rows (items, items closed, the earliest open item's due date),
     * after their items changed: what the dashboards and site lists read instead of the items. The items' changes must
     * be flushed first.
     */
    public void recount(Collection<Long> rolloutIds) {
        List<Long> ids = List.copyOf(rolloutIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("UPDATE waves_site_rollout SET"
                    + " checklist_items = (SELECT COUNT(*) FROM waves_checklist_item i WHERE i.rollout_id = waves_site_rollout.id),"
                    + " checklist_closed = (SELECT COUNT(*) FROM waves_checklist_item i WHERE i.rollout_id = waves_site_rollout.id"
                    + " AND i.status IN " + CLOSED + "),"
                    + " checklist_next_due = (SELECT MIN(i.due_on) FROM waves_checklist_item i WHERE i.rollout_id = waves_site_rollout.id"
                    + " AND i.status IN " + OPEN + ") WHERE id IN (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            BulkSql.execute(em, sql.append(')').toString(), List.copyOf(chunk));
        }
    }

    private static String statuses(boolean open) {
        return Stream.of(ChecklistStatus.values()).filter(s -> s.open() == open).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
