package io.terrain.platform.control;

import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Signed-in sessions (table platform_web_session), found by the hash of their token. */
@ApplicationScoped
public class WebSessionStore {

    @PersistenceContext
    EntityManager em;

    /** A live session and its user's rights as they are now. */
    public record Live(long userId, String username, boolean active, boolean stampMatches, boolean mustChangePassword,
                       Set<Role> roles, Instant createdAt, Instant lastSeenAt) {
    }

    public void add(String tokenHash, long userId, long sessionStamp, Instant now) {
        em.createNativeQuery("INSERT INTO platform_web_session (token_hash, user_id, session_stamp, created_at, last_seen_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, tokenHash).setParameter(2, userId).setParameter(3, sessionStamp)
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now)).executeUpdate();
    }

    /** The session and its user's rights, in one query. */
    public Optional<Live> find(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.id, u.username, u.active, u.session_stamp = s.session_stamp,"
                        + " u.password_must_change, r.role, s.created_at, s.last_seen_at"
                        + " FROM platform_web_session s JOIN platform_user u ON u.id = s.user_id"
                        + " LEFT JOIN platform_user_role r ON r.user_id = u.id WHERE s.token_hash = ?")
                .setParameter(1, tokenHash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object[] row : rows) {
            if (row[5] != null) {
                roles.add(Role.valueOf(row[5].toString()));
            }
        }
        return Optional.of(new Live(((Number) first[0]).longValue(), (String) first[1], truth(first[2]), truth(first[3]),
                truth(first[4]), roles, instant(first[6]), instant(first[7])));
    }

    public void touch(String tokenHash, Instant now) {
        em.createNativeQuery("UPDATE platform_web_session SET last_seen_at = ? WHERE token_hash = ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, tokenHash).executeUpdate();
    }

    public void remove(String tokenHash) {
        em.createNativeQuery("DELETE FROM platform_web_session WHERE token_hash = ?").setParameter(1, tokenHash).executeUpdate();
    }

    /** Ends every session of the user but the one given (null: all of them). */
    public void removeOthers(long userId, String keptTokenHash) {
        em.createNativeQuery("DELETE FROM platform_web_session WHERE user_id = ? AND token_hash <> ?")
                .setParameter(1, userId).setParameter(2, keptTokenHash == null ? "" : keptTokenHash).executeUpdate();
    }

    public long countSeenSince(Instant since) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM platform_web_session WHERE last_seen_at >= ?")
                .setParameter(1, Timestamp.from(since)).getSingleResult()).longValue();
    }

    public int removeIdleSince(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM platform_web_session WHERE last_seen_at < ?")
                .setParameter(1, Timestamp.from(cutoff)).executeUpdate();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }
}
