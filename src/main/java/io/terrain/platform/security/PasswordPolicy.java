package io.terrain.platform.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (ASVS 4.0.3 §2.1): 12 to 128 characters, any characters (passphrases
 * welcome, no composition rules), not one of the 30,000 most common passwords (the list zxcvbn
 * ships), not the user name or the product name, and not guessable in under about 10^8 tries by
 * zxcvbn's estimate (score 3), which turns down repeats, sequences and keyboard walks.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_STRENGTH = 3;
    static final String PRODUCT = "terrain";
    private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static final Set<String> COMMON = loadCommonPasswords();
    private static final Zxcvbn STRENGTH = new Zxcvbn();

    /** Why a password is refused. */
    public enum Refusal {
        TOO_SHORT, TOO_LONG, COMMON, NAMES_USER_OR_PRODUCT, TOO_GUESSABLE
    }

    private PasswordPolicy() {
    }

    public static Optional<Refusal> check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of(Refusal.COMMON);
        }
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (lower.contains(PRODUCT) || (!user.isEmpty() && lower.contains(user))) {
            return Optional.of(Refusal.NAMES_USER_OR_PRODUCT);
        }
        List<String> context = user.isEmpty() ? List.of(PRODUCT) : List.of(PRODUCT, user);
        if (STRENGTH.measure(password, context).getScore() < MIN_STRENGTH) {
            return Optional.of(Refusal.TOO_GUESSABLE);
        }
        return Optional.empty();
    }

    /** How many common passwords are refused outright (for the security map and its test). */
    static int commonPasswordCount() {
        return COMMON.size();
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = Zxcvbn.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("zxcvbn's list of common passwords is missing: " + COMMON_PASSWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
