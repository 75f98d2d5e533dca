package io.terrain.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Failed sign-in counts per throttle key (table platform_sign_in_throttle). Counting is done by the
 * database in one statement, so concurrent failures are all counted; {@link #lock} serialises the
 * tries of one key inside the caller's transaction.
 */
@ApplicationScoped
public class SignInThrottleStore {

    /** Failures older than this are forgotten: a key starts again from its free allowance. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    public record Failures(int count, Instant last) {
        static final Failures NONE = new Failures(0, null);
    }

    /** Takes the key's row lock until the transaction ends (creating the row if needed) and returns its failures. */
    public Failures lock(String key, Instant now) {
        em.createNativeQuery("INSERT INTO platform_sign_in_throttle (throttle_key, failures, last_failure) VALUES (?, 0, NULL)"
                        + " ON DUPLICATE KEY UPDATE failures = failures")
                .setParameter(1, key).executeUpdate();
        return read(key, " FOR UPDATE", now);
    }

    /** The key's failures as last committed, without a lock. */
    public Failures peek(String key, Instant now) {
        return read(key, "", now);
    }

    public void recordFailure(String key, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp forgotten = Timestamp.from(now.minus(FORGET_AFTER));
        em.createNativeQuery("INSERT INTO platform_sign_in_throttle (throttle_key, failures, last_failure) VALUES (?, 1, ?)"
                        + " ON DUPLICATE KEY UPDATE failures = CASE WHEN last_failure IS NULL OR last_failure >= ? THEN failures + 1 ELSE 1 END,"
                        + " last_failure = ?")
                .setParameter(1, key).setParameter(2, at).setParameter(3, forgotten).setParameter(4, at).executeUpdate();
    }

    /**
     * The key's failures forgotten after a right password. The row is kept (reset): deleting it let concurrent sign-ins
     * of one account (ten phones of one coach) deadlock between one's delete and another's insert of the same key.
     */
    public void forget(String key) {
        em.createNativeQuery("UPDATE platform_sign_in_throttle SET failures = 0, last_failure = NULL WHERE throttle_key = ? AND failures > 0")
                .setParameter(1, key).executeUpdate();
    }

    private Failures read(String key, String lock, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT failures, last_failure FROM platform_sign_in_throttle WHERE throttle_key = ?" + lock)
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return Failures.NONE;
        }
        int count = ((Number) rows.get(0)[0]).intValue();
        Instant last = toInstant(rows.get(0)[1]);
        if (count == 0 || last == null || last.isBefore(now.minus(FORGET_AFTER))) {
            return Failures.NONE;
        }
        return new Failures(count, last);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return null;
    }
}
