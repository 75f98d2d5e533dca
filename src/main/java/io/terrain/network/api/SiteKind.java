package io.terrain.network.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What kind of contact point a site is. */
public enum SiteKind {
    STORE,
    AGENCY,
    CALL_CENTRE,
    WEB_DESK,
    OTHER;

    /** French words people put in spreadsheets, besides the English constant names. */
    private static final Map<String, SiteKind> FRENCH = Map.of(
            "magasin", STORE, "boutique", STORE, "agence", AGENCY,
            "centre d'appels", CALL_CENTRE, "centre d appels", CALL_CENTRE, "call center", CALL_CENTRE,
            "web", WEB_DESK, "guichet web", WEB_DESK, "autre", OTHER);

    public static Optional<SiteKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (SiteKind kind : values()) {
            if (kind.name().equalsIgnoreCase(plain.replace(' ', '_').replace('-', '_'))) {
                return Optional.of(kind);
            }
        }
        return Optional.ofNullable(FRENCH.get(plain));
    }
}
