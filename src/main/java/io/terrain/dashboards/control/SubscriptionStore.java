package io.terrain.dashboards.control;

import io.terrain.dashboards.entity.ReportSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/** Who receives the monthly report by mail. */
@ApplicationScoped
public class SubscriptionStore {

    @PersistenceContext
    EntityManager em;

    public boolean isSubscribed(long userId) {
        return em.find(ReportSubscription.class, userId) != null;
    }

    public void subscribe(long userId) {
        if (!isSubscribed(userId)) {
            em.persist(new ReportSubscription(userId, LocalDateTime.now()));
        }
    }

    public void unsubscribe(long userId) {
        ReportSubscription subscription = em.find(ReportSubscription.class, userId);
        if (subscription != null) {
            em.remove(subscription);
        }
    }

    public List<Long> subscribers() {
        return em.createQuery("SELECT s.userId FROM ReportSubscription s ORDER BY s.userId", Long.class).getResultList();
    }
}
