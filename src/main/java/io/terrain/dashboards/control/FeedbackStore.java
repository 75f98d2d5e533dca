package io.terrain.dashboards.control;

import io.terrain.dashboards.api.FeedbackPriority;
import io.terrain.dashboards.entity.Feedback;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.platform.persistence.Chunks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Customers' feedback: kept by response id, read by site and period in treatment order. */
@ApplicationScoped
public class FeedbackStore {

    @PersistenceContext
    EntityManager em;

    public Map<String, Feedback> byResponseIds(Collection<String> ids) {
        Map<String, Feedback> known = new HashMap<>();
        for (List<String> chunk : Chunks.of(ids)) {
            em.createQuery("SELECT f FROM Feedback f WHERE f.responseId IN :ids", Feedback.class).setParameter("ids", chunk)
                    .getResultList().forEach(f -> known.put(f.getResponseId(), f));
        }
        return known;
    }

    public void add(Feedback feedback) {
        em.persist(feedback);
    }

    public void flush() {
        em.flush();
        em.clear();
    }

    /** The scores of every response of these sites between the two days: what their weeks' CSAT and NPS are computed from. */
    public List<SiteWeekScores.Scores> scores(Collection<Long> siteIds, LocalDate from, LocalDate to) {
        List<SiteWeekScores.Scores> scores = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(siteIds)) {
            for (Object[] r : em.createQuery("SELECT f.siteCode, f.respondedOn, f.csat, f.recommend FROM Feedback f WHERE f.siteId IN :ids"
                    + " AND f.respondedOn BETWEEN :from AND :to", Object[].class).setParameter("ids", chunk).setParameter("from", from)
                    .setParameter("to", to).getResultList()) {
                scores.add(new SiteWeekScores.Scores((String) r[0], (LocalDate) r[1], (Integer) r[2], (Integer) r[3]));
            }
        }
        return scores;
    }

    /**
     * Responses of a site (or of a perimeter, or everywhere: both null) between two days, optionally of one priority, in
     * treatment order: priority, category, newest first.
     */
    public List<Feedback> list(Long siteId, ManagedPerimeter within, LocalDate from, LocalDate to, FeedbackPriority priority, int offset,
                               int limit) {
        TypedQuery<Feedback> query = em.createQuery("SELECT f FROM Feedback f" + where(siteId, within, priority)
                + " ORDER BY f.priorityRank, f.category, f.respondedOn DESC, f.id DESC", Feedback.class);
        bind(query, siteId, within, from, to, priority);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Long siteId, ManagedPerimeter within, LocalDate from, LocalDate to, FeedbackPriority priority) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(f) FROM Feedback f" + where(siteId, within, priority), Long.class);
        bind(query, siteId, within, from, to, priority);
        return query.getSingleResult();
    }

    private static String where(Long siteId, ManagedPerimeter within, FeedbackPriority priority) {
        StringBuilder where = new StringBuilder(" WHERE f.respondedOn BETWEEN :from AND :to");
        if (siteId != null) {
            where.append(" AND f.siteId = :site");
        }
        if (within != null && !within.wholeNetwork()) {
            where.append(" AND (f.regionId IN :units OR f.sectorId IN :units OR f.siteId IN :sites)");
        }
        if (priority != null) {
            where.append(" AND f.priority = :priority");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Long siteId, ManagedPerimeter within, LocalDate from, LocalDate to,
                             FeedbackPriority priority) {
        query.setParameter("from", from).setParameter("to", to);
        if (siteId != null) {
            query.setParameter("site", siteId);
        }
        if (within != null && !within.wholeNetwork()) {
            // IN () is not SQL: an id no row has stands for "none".
            query.setParameter("units", within.orgUnitIds().isEmpty() ? List.of(-1L) : List.copyOf(within.orgUnitIds()));
            query.setParameter("sites", within.siteIds().isEmpty() ? List.of(-1L) : List.copyOf(within.siteIds()));
        }
        if (priority != null) {
            query.setParameter("priority", priority);
        }
    }
}
