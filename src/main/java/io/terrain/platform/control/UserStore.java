package io.terrain.platform.control;

import io.terrain.platform.api.Page;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class UserStore {

    @PersistenceContext
    EntityManager em;

    public Optional<User> byUsername(String username) {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :username", User.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public Optional<User> byId(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public void add(User user) {
        em.persist(user);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
    }

    public Page<UserSummary> page(String search, int offset, int limit) {
        String pattern = search == null || search.isBlank() ? "%" : "%" + search.trim().toLowerCase() + "%";
        String where = " WHERE LOWER(u.username) LIKE :p OR LOWER(u.displayName) LIKE :p";
        var users = em.createQuery("SELECT u FROM User u" + where + " ORDER BY u.username", User.class)
                .setParameter("p", pattern).setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createQuery("SELECT COUNT(u) FROM User u" + where, Long.class).setParameter("p", pattern).getSingleResult();
        return new Page<>(users.stream().map(User::summary).toList(), total, offset, limit);
    }
}
