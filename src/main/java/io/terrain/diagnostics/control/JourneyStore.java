package io.terrain.diagnostics.control;

import io.terrain.diagnostics.entity.Journey;
import io.terrain.diagnostics.entity.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The journey catalogue. */
@ApplicationScoped
public class JourneyStore {

    @PersistenceContext
    EntityManager em;

    public List<Journey> all() {
        return em.createQuery("SELECT j FROM Journey j ORDER BY j.code", Journey.class).getResultList();
    }

    public Optional<Journey> byId(long id) {
        return Optional.ofNullable(em.find(Journey.class, id));
    }

    public Optional<Journey> byCode(String code) {
        return em.createQuery("SELECT j FROM Journey j WHERE j.code = :code", Journey.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Step> step(long id) {
        return Optional.ofNullable(em.find(Step.class, id));
    }

    public void add(Journey journey) {
        em.persist(journey);
    }

    /** Whether observations or friction points of any campaign point at this step (then it stays). */
    public boolean stepInUse(long stepId) {
        return em.createQuery("SELECT COUNT(o) FROM Observation o WHERE o.stepId = :s", Long.class).setParameter("s", stepId)
                .getSingleResult() > 0
                || em.createQuery("SELECT COUNT(f) FROM Friction f WHERE f.stepId = :s", Long.class).setParameter("s", stepId)
                .getSingleResult() > 0
                || em.createQuery("SELECT COUNT(v) FROM Verbatim v WHERE v.stepId = :s", Long.class).setParameter("s", stepId)
                .getSingleResult() > 0;
    }

    /** Whether an observation answered this criterion: its answers would lose their question. */
    public boolean criterionInUse(long criterionId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM diagnostics_answer WHERE criterion_id = ?")
                .setParameter(1, criterionId).getSingleResult()).longValue() > 0;
    }

    /** Steps are entities of their own: a change to them alone must still make the journey's version move. */
    public void touch(Journey journey) {
        em.lock(journey, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void flush() {
        em.flush();
    }
}
