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

    /** "sites.csv" names a download, not a message. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(csv|json|xlsx|pdf)");

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

    /** A key given twice silently keeps its last text: the diagnostic report once took the monthly report's title so. */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_fr.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
            assertTrue(twice.isEmpty(), name + " gives these keys twice: " + twice);
        }
    }

    /**
     * Every message key the code names exists in the bundle: in Java, any quoted "a.b…" whose first part is one the
     * bundle uses (problems, Faces messages, progress); in the pages, every literal msg['…'] (those built with
     * concat are checked through their values' enums elsewhere).
     */
    @Test
    void everyKeyUsedInCodeAndPagesIsTranslated() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Pattern quoted = Pattern.compile("\"((" + String.join("|", prefixes) + ")\\.[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9])\"");
        Pattern literal = Pattern.compile("msg\\['([A-Za-z][A-Za-z0-9.]*)'\\]");
        Set<String> missing = new TreeSet<>();
        for (String root : new String[] {"src/main/java", "src/main/webapp"}) {
            try (Stream<Path> sources = Files.walk(Path.of(root))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xhtml")).toList()) {
                    Matcher m = (source.toString().endsWith(".java") ? quoted : literal).matcher(Files.readString(source));
                    while (m.find()) {
                        if (!keys.contains(m.group(1)) && !FILE_NAME.matcher(m.group(1)).matches()) {
                            missing.add(m.group(1) + " (" + source.getFileName() + ")");
                        }
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
