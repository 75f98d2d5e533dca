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
import java.util.EnumSet;
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

    /** What a request needs to know of its signed-in user, in one query. */
    public record Rights(String username, boolean active, long sessionStamp, boolean mustChangePassword, Set<Role> roles) {
    }

    public Optional<Rights> rights(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.username, u.active, u.session_stamp, u.password_must_change, r.role"
                        + " FROM platform_user u LEFT JOIN platform_user_role r ON r.user_id = u.id WHERE u.id = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object[] row : rows) {
            if (row[4] != null) {
                roles.add(Role.valueOf(row[4].toString()));
            }
        }
        return Optional.of(new Rights((String) first[0], truth(first[1]), ((Number) first[2]).longValue(), truth(first[3]), roles));
    }

    public boolean demoAccountsActive() {
        return em.createQuery("SELECT COUNT(u) FROM User u WHERE u.demo = TRUE AND u.active = TRUE", Long.class)
                .getSingleResult() > 0;
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
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
