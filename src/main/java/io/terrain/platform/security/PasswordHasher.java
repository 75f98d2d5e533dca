package io.terrain.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-SHA256 at 310,000 iterations (OWASP 2023), not Jakarta's default 2,048. A hash carries its
 * own parameters, so raising the count later keeps old hashes verifiable. About 150 ms per hash:
 * hash at sign-in only, never per request.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 310_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A real hash of nothing anyone knows, verified when the username is unknown so timing tells nothing. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Verifies against a hash nobody's password matches: the same work as a real check, always false. */
    public boolean spendTimeOnUnknownUser(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
        return false;
    }
}
