package io.terrain.coaches.control;

import io.terrain.coaches.entity.Assignment;
import io.terrain.coaches.entity.Coach;
import io.terrain.coaches.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Coaches, their assignments and visits. */
@ApplicationScoped
public class CoachStore {

    @PersistenceContext
    EntityManager em;

    public List<Coach> all() {
        return em.createQuery("SELECT c FROM Coach c ORDER BY c.id", Coach.class).getResultList();
    }

    /** Locks the coach's row until the transaction ends (decisions about their assignments are taken one at a time). */
    public void lockCoach(long id) {
        em.find(Coach.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Coach> byId(long id) {
        return Optional.ofNullable(em.find(Coach.class, id));
    }

    public Optional<Coach> byUser(long userId) {
        return em.createQuery("SELECT c FROM Coach c WHERE c.userId = :u", Coach.class).setParameter("u", userId)
                .getResultStream().findFirst();
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Assignment> assignment(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    /** Assignments that hold at some point between from and to (both included), of one coach or all (null). */
    /** Whether the coach was, is or will be assigned to the site on any day. */
    public boolean everAssigned(long coachId, long siteId) {
        return em.createQuery("SELECT COUNT(a) FROM Assignment a WHERE a.coachId = :coach AND a.siteId = :site", Long.class)
                .setParameter("coach", coachId).setParameter("site", siteId).getSingleResult() > 0;
    }

    public List<Assignment> assignments(Long coachId, LocalDate from, LocalDate to) {
        var query = em.createQuery("SELECT a FROM Assignment a WHERE a.startsOn <= :to AND (a.endsOn IS NULL OR a.endsOn >= :from)"
                        + (coachId == null ? "" : " AND a.coachId = :coach") + " ORDER BY a.coachId, a.startsOn", Assignment.class)
                .setParameter("from", from).setParameter("to", to);
        return (coachId == null ? query : query.setParameter("coach", coachId)).getResultList();
    }

    /** Visits between two days (both included), of one coach or all (null). */
    public List<Visit> visits(Long coachId, LocalDate from, LocalDate to) {
        var query = em.createQuery("SELECT v FROM Visit v WHERE v.visitDate BETWEEN :from AND :to"
                        + (coachId == null ? "" : " AND v.coachId = :coach") + " ORDER BY v.visitDate, v.startTime", Visit.class)
                .setParameter("from", from).setParameter("to", to);
        return (coachId == null ? query : query.setParameter("coach", coachId)).getResultList();
    }

    public Optional<Visit> visit(long id) {
        return Optional.ofNullable(em.find(Visit.class, id));
    }

    public Optional<Visit> visitByUuid(String uuid) {
        return em.createQuery("SELECT v FROM Visit v WHERE v.uuid = :u", Visit.class).setParameter("u", uuid).getResultStream().findFirst();
    }
}
