package io.terrain.platform.control;

import io.terrain.platform.api.Page;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.entity.User;
import java.util.List;
import java.util.Set;
import io.terrain.platform.security.Role;
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

    public boolean demoAccountsActive() {
        return em.createQuery("SELECT COUNT(u) FROM User u WHERE u.demo = TRUE AND u.active = TRUE", Long.class)
                .getSingleResult() > 0;
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

    /** Active users holding at least one of these roles, by display name. */
    public List<UserSummary> activeWithAnyRole(Set<Role> roles) {
        return em.createQuery("SELECT DISTINCT u FROM User u JOIN u.roles r WHERE r IN :roles AND u.active = TRUE"
                        + " ORDER BY u.displayName", User.class)
                .setParameter("roles", roles).getResultStream().map(User::summary).toList();
    }

    public List<UserSummary> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM User u WHERE u.id IN :ids ORDER BY u.displayName", User.class)
                .setParameter("ids", ids).getResultStream().map(User::summary).toList();
    }
}
