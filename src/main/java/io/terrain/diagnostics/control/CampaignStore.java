package io.terrain.diagnostics.control;

import io.terrain.diagnostics.api.VerbatimFilter;
import io.terrain.diagnostics.entity.Campaign;
import io.terrain.diagnostics.entity.Determinant;
import io.terrain.diagnostics.entity.Friction;
import io.terrain.diagnostics.entity.Observation;
import io.terrain.diagnostics.entity.SiteContext;
import io.terrain.diagnostics.entity.Stake;
import io.terrain.diagnostics.entity.Verbatim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Campaigns and everything recorded in them: observations, contexts, verbatims, findings. */
@ApplicationScoped
public class CampaignStore {

    @PersistenceContext
    EntityManager em;

    public List<Campaign> all() {
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.startsOn DESC, c.id DESC", Campaign.class).getResultList();
    }

    /** Campaigns this user observes in. */
    public List<Campaign> withMember(long userId) {
        return em.createQuery("SELECT c FROM Campaign c WHERE :u MEMBER OF c.memberIds ORDER BY c.startsOn DESC, c.id DESC",
                Campaign.class).setParameter("u", userId).getResultList();
    }

    public Optional<Campaign> byId(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    public <T> void add(T entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Observation> observationByUuid(String uuid) {
        return em.createQuery("SELECT o FROM Observation o WHERE o.uuid = :u", Observation.class).setParameter("u", uuid)
                .getResultStream().findFirst();
    }

    public List<Observation> observations(long campaignId) {
        return em.createQuery("SELECT o FROM Observation o WHERE o.campaignId = :c ORDER BY o.observedAt DESC, o.id DESC",
                Observation.class).setParameter("c", campaignId).getResultList();
    }

    /** Observation id → site id of every observation of the campaign at this step. */
    public Map<Long, Long> observationSitesAtStep(long campaignId, long stepId) {
        Map<Long, Long> sites = new HashMap<>();
        em.createQuery("SELECT o.id, o.siteId FROM Observation o WHERE o.campaignId = :c AND o.stepId = :s", Object[].class)
                .setParameter("c", campaignId).setParameter("s", stepId).getResultStream()
                .forEach(r -> sites.put((Long) r[0], (Long) r[1]));
        return sites;
    }

    public long observationCount(long campaignId) {
        return em.createQuery("SELECT COUNT(o) FROM Observation o WHERE o.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
    }

    public Optional<SiteContext> context(long campaignId, long siteId, LocalDate day) {
        return em.createQuery("SELECT x FROM SiteContext x WHERE x.campaignId = :c AND x.siteId = :s AND x.observedOn = :d",
                SiteContext.class).setParameter("c", campaignId).setParameter("s", siteId).setParameter("d", day)
                .getResultStream().findFirst();
    }

    public List<SiteContext> contexts(long campaignId) {
        return em.createQuery("SELECT x FROM SiteContext x WHERE x.campaignId = :c ORDER BY x.observedOn DESC, x.siteId",
                SiteContext.class).setParameter("c", campaignId).getResultList();
    }

    /** Detractors first (lowest scores first), then the newest; unscored last. */
    public List<Verbatim> verbatims(long campaignId, VerbatimFilter f, int offset, int limit) {
        TypedQuery<Verbatim> q = verbatimQuery("SELECT v", campaignId, f, Verbatim.class,
                " ORDER BY CASE WHEN v.score IS NULL THEN 2 WHEN (v.scoreKind = io.terrain.diagnostics.api.ScoreKind.NPS AND v.score <= 6)"
                        + " OR (v.scoreKind = io.terrain.diagnostics.api.ScoreKind.CSAT AND v.score <= 2) THEN 0 ELSE 1 END,"
                        + " v.score, v.receivedOn DESC, v.id DESC");
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long verbatimCount(long campaignId, VerbatimFilter f) {
        return verbatimQuery("SELECT COUNT(v)", campaignId, f, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> verbatimQuery(String select, long campaignId, VerbatimFilter f, Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Verbatim v WHERE v.campaignId = :c");
        Map<String, Object> params = new HashMap<>();
        params.put("c", campaignId);
        if (f.siteId() != null) {
            jpql.append(" AND v.siteId = :site");
            params.put("site", f.siteId());
        }
        if (f.stepId() != null) {
            jpql.append(" AND v.stepId = :step");
            params.put("step", f.stepId());
        }
        if (f.channel() != null) {
            jpql.append(" AND v.channel = :channel");
            params.put("channel", f.channel());
        }
        if (f.category() != null && !f.category().isBlank()) {
            jpql.append(" AND v.category = :category");
            params.put("category", f.category().strip());
        }
        if (Boolean.TRUE.equals(f.detractorsOnly())) {
            jpql.append(" AND ((v.scoreKind = io.terrain.diagnostics.api.ScoreKind.NPS AND v.score <= 6)"
                    + " OR (v.scoreKind = io.terrain.diagnostics.api.ScoreKind.CSAT AND v.score <= 2))");
        }
        if (f.text() != null && !f.text().isBlank()) {
            jpql.append(" AND LOWER(v.text) LIKE :text");
            params.put("text", "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        TypedQuery<T> q = em.createQuery(jpql + order, type);
        params.forEach(q::setParameter);
        return q;
    }

    public List<Verbatim> verbatimsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT v FROM Verbatim v WHERE v.id IN :ids", Verbatim.class).setParameter("ids", ids).getResultList();
    }

    public List<Observation> observationsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Observation o WHERE o.id IN :ids", Observation.class).setParameter("ids", ids)
                .getResultList();
    }

    public List<Verbatim> allVerbatims(long campaignId) {
        return em.createQuery("SELECT v FROM Verbatim v WHERE v.campaignId = :c", Verbatim.class).setParameter("c", campaignId)
                .getResultList();
    }

    public Optional<Friction> friction(long id) {
        return Optional.ofNullable(em.find(Friction.class, id));
    }

    public List<Friction> frictions(long campaignId) {
        return em.createQuery("SELECT f FROM Friction f WHERE f.campaignId = :c ORDER BY f.id", Friction.class)
                .setParameter("c", campaignId).getResultList();
    }

    public Optional<Determinant> determinant(long id) {
        return Optional.ofNullable(em.find(Determinant.class, id));
    }

    public List<Determinant> determinants(long campaignId) {
        return em.createQuery("SELECT d FROM Determinant d WHERE d.campaignId = :c ORDER BY d.kind, d.id", Determinant.class)
                .setParameter("c", campaignId).getResultList();
    }

    public Optional<Stake> stake(long id) {
        return Optional.ofNullable(em.find(Stake.class, id));
    }

    public List<Stake> stakes(long campaignId) {
        return em.createQuery("SELECT s FROM Stake s WHERE s.campaignId = :c ORDER BY s.priority, s.id", Stake.class)
                .setParameter("c", campaignId).getResultList();
    }
}
