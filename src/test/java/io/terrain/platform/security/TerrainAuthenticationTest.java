package io.terrain.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TerrainAuthenticationTest {

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUsernameAndPasswordFromABasicHeader() {
        var credential = TerrainAuthentication.basicCredential(basic("manager:pass:with:colons"));
        assertEquals("manager", credential.getCaller());
        assertEquals("pass:with:colons", credential.getPasswordAsString());
    }

    @Test
    void ignoresHeadersThatAreNotUsableBasicCredentials() {
        assertNull(TerrainAuthentication.basicCredential(null));
        assertNull(TerrainAuthentication.basicCredential("Bearer abc"));
        assertNull(TerrainAuthentication.basicCredential("Basic not-base64!!"));
        assertNull(TerrainAuthentication.basicCredential(basic("no-colon")));
        assertNull(TerrainAuthentication.basicCredential(basic(":empty-user")));
    }
}
