package io.terrain.platform.boundary;

import io.terrain.platform.control.UserStore;
import io.terrain.platform.control.WebSessionStore;
import io.terrain.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Signed-in sessions, kept by Terrain (DESIGN.md §7): a random token in the client's cookie, its
 * hash in the database. At every request the session is resolved together with its user's rights
 * as they are now: a deactivated user, a raised session stamp (password reset), 30 idle minutes or
 * 12 hours since sign-in end it. Any instance of a cluster can resolve any session.
 */
@ApplicationScoped
@Transactional
public class WebSessions {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration LIFETIME = Duration.ofHours(12);
    /** last_seen_at is written at most this often per session: one UPDATE a minute, not one per request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WebSessionStore sessions;

    @Inject
    UserStore users;

    /**
     * Idle sessions are cleared at a sign-in at most this often per instance: the DELETE locks the range of the index
     * that every new session is inserted into, so sign-ins at the same moment, each clearing, deadlocked one another
     * (found under load by .ci/faults; callers also retry a deadlock victim).
     */
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    /** Starts a session for a user who just proved who they are; returns the token for the cookie. */
    public String start(long userId, long sessionStamp) {
        Instant now = Instant.now();
        Instant purged = lastPurge.get();
        if (purged.isBefore(now.minus(PURGE_EVERY)) && lastPurge.compareAndSet(purged, now)) {
            sessions.removeIdleSince(now.minus(IDLE_TIMEOUT));
        }
        String token = newToken();
        sessions.add(hash(token), userId, sessionStamp, now);
        return token;
    }

    /** The caller of a request carrying this token, or nothing when the session is unknown or over (it is then removed). */
    public Optional<Caller> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = Instant.now();
        Optional<WebSessionStore.Live> live = sessions.find(hash);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        WebSessionStore.Live session = live.get();
        boolean over = !session.active() || !session.stampMatches() || session.lastSeenAt().isBefore(now.minus(IDLE_TIMEOUT))
                || session.createdAt().isBefore(now.minus(LIFETIME));
        if (over) {
            sessions.remove(hash);
            return Optional.empty();
        }
        if (session.lastSeenAt().isBefore(now.minus(TOUCH_EVERY))) {
            sessions.touch(hash, now);
        }
        return Optional.of(new Caller(session.userId(), session.username(), session.roles(), session.mustChangePassword()));
    }

    public void end(String token) {
        if (token != null && !token.isEmpty()) {
            sessions.remove(hash(token));
        }
    }

    /**
     * After the user changed their own password: their other sessions end, this one goes on under a
     * new token (returned for the cookie) and the new stamp.
     */
    public String renew(String token, long userId, long sessionStamp) {
        end(token);
        sessions.removeOthers(userId, null);
        return start(userId, sessionStamp);
    }

    /** Sessions used within the idle timeout (all instances). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long liveSessions() {
        return sessions.countSeenSince(Instant.now().minus(IDLE_TIMEOUT));
    }

    /** Whether an account with the published demo password is still active (the screens then show a banner). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean demoAccountsActive() {
        return users.demoAccountsActive();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
