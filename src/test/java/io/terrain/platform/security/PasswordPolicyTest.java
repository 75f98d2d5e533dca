package io.terrain.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.platform.security.PasswordPolicy.Refusal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ASVS 2.1.1, 2.1.2, 2.1.7, 2.1.9: the passwords the security review saw accepted are refused; passphrases pass. */
class PasswordPolicyTest {

    @Test
    void thePasswordsAcceptedBeforeAreRefused() {
        assertEquals(Optional.of(Refusal.TOO_SHORT), PasswordPolicy.check("1234567890", "paul"));
        assertEquals(Optional.of(Refusal.TOO_SHORT), PasswordPolicy.check("aaaaaaaaaa", "paul"));
        assertEquals(Optional.of(Refusal.TOO_SHORT), PasswordPolicy.check("password12", "paul"));
        assertEquals(Optional.of(Refusal.TOO_SHORT), PasswordPolicy.check("          ", "paul"));
        assertEquals(Optional.of(Refusal.NAMES_USER_OR_PRODUCT), PasswordPolicy.check("paul.lefevre1", "paul.lefevre1"));
    }

    @Test
    void twelveCharactersAreNotEnoughWhenTheyAreEasyToGuess() {
        assertEquals(Optional.of(Refusal.TOO_GUESSABLE), PasswordPolicy.check("aaaaaaaaaaaa", "paul"));
        assertEquals(Optional.of(Refusal.TOO_GUESSABLE), PasswordPolicy.check("            ", "paul"));
        assertEquals(Optional.of(Refusal.TOO_GUESSABLE), PasswordPolicy.check("123456789012", "paul"));
        assertEquals(Optional.of(Refusal.TOO_GUESSABLE), PasswordPolicy.check("qwertyuiopas", "paul"));
    }

    @Test
    void commonPasswordsFromTheShippedListAreRefused() {
        assertTrue(PasswordPolicy.commonPasswordCount() >= 10_000, "at least 10,000 common passwords");
        assertEquals(Optional.of(Refusal.COMMON), PasswordPolicy.check("1qaz2wsx3edc", "paul"));
        assertEquals(Optional.of(Refusal.COMMON), PasswordPolicy.check("LeaveMeAlone", "paul"), "whatever the case");
        assertEquals(Optional.of(Refusal.COMMON), PasswordPolicy.check("sonyericsson", "paul"));
    }

    @Test
    void theUserNameOrTheProductNameAreRefused() {
        assertEquals(Optional.of(Refusal.NAMES_USER_OR_PRODUCT), PasswordPolicy.check("Terrain-2026!", "paul"));
        assertEquals(Optional.of(Refusal.NAMES_USER_OR_PRODUCT), PasswordPolicy.check("my manager password", "manager"));
    }

    @Test
    void longPassphrasesAndAnyCharactersAreWelcome() {
        assertEquals(Optional.empty(), PasswordPolicy.check("violet tramway sous la pluie", "paul"));
        assertEquals(Optional.empty(), PasswordPolicy.check("Zèbre-Forêt-Mistral-42", "paul"));
        assertEquals(Optional.empty(), PasswordPolicy.check("x".repeat(20) + "Kq7!mZ p2", "paul"));
        assertEquals(Optional.of(Refusal.TOO_LONG), PasswordPolicy.check("long phrase ".repeat(11), "paul"));
    }
}
