package io.terrain.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A user name and password sent as HTTP Basic (RFC 7617): API clients sign in this way once. */
public record BasicCredentials(String username, String password) {

    /** The credentials of an {@code Authorization} header, or null when it holds no usable Basic credentials. */
    public static BasicCredentials parse(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + username + "]";
    }
}
