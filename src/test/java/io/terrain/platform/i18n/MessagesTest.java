package io.terrain.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_fr.properties").stringPropertyNames()));
    }

    /** Every message key the Java code names (problems, Faces messages, progress) exists in the bundle. */
    @Test
    void everyKeyUsedInCodeIsTranslated() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Pattern quoted = Pattern.compile("\"((?:field|site|orgUnit|user|csv|import|login|error|body|kpi|measurement|impact|rollup|json)\\.[A-Za-z.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = quoted.matcher(Files.readString(source));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "untranslated keys: " + missing);
    }

    @Test
    void formatsArgumentsAndKeepsApostrophes() {
        assertEquals("la latitude 95 est hors limites (-90 à 90).", Messages.text(Locale.FRENCH, "site.latitude.range", 95));
        assertEquals("l'effectif 7 est hors limites (0 à 9).", Messages.text(Locale.FRENCH, "site.headcount.range", 7, 9));
        assertEquals("A site's code cannot change.", Messages.text(Locale.ENGLISH, "site.code.immutable"));
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() {
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.GERMAN));
        assertEquals(Locale.FRENCH, Messages.supported(Locale.CANADA_FRENCH));
        assertEquals("Sites", Messages.text(Locale.GERMAN, "sites.title"));
    }
}
