package io.terrain.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstColonSeparatesTheUserFromAPasswordThatMayHoldColons() {
        assertEquals(new BasicCredentials("manager", "pass:with:colons"), BasicCredentials.parse(basic("manager:pass:with:colons")));
        assertEquals(new BasicCredentials("chloé", "mot de passe"), BasicCredentials.parse("basic " + basic("chloé:mot de passe").substring(6)));
    }

    @Test
    void anythingElseIsNoCredentials() {
        assertNull(BasicCredentials.parse(null));
        assertNull(BasicCredentials.parse("Bearer abc"));
        assertNull(BasicCredentials.parse("Basic not-base64!!"));
        assertNull(BasicCredentials.parse(basic("no-colon")));
        assertNull(BasicCredentials.parse(basic(":empty-user")));
    }

    @Test
    void thePasswordNeverShowsInLogs() {
        assertEquals("BasicCredentials[manager]", new BasicCredentials("manager", "secret-secret").toString());
    }
}
