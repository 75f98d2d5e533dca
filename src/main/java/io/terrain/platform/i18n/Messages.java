package io.terrain.platform.i18n;

import io.terrain.platform.api.AuditDetail;
import io.terrain.platform.api.Problem;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * French and English texts of Terrain (bundle i18n/messages), for code outside Faces pages.
 * Placeholders are {0}, {1}…; apostrophes are written once, as in any text.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Bundles are also read by Faces pages, which show apostrophes as written: escape them
        // here rather than doubling them in the files, so one text serves both.
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** An audit line's words in the reader's language, its terms translated too. */
    public static String text(Locale locale, AuditDetail detail) {
        Object[] args = detail.args().stream()
                .map(a -> a instanceof AuditDetail.Term term ? text(locale, term.key())
                        : a instanceof LocalDate date ? date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)) : a)
                .toArray();
        return text(locale, detail.key(), args);
    }

    public static String text(Locale locale, Problem problem) {
        return text(locale, problem.key(), problem.args().toArray());
    }

    /** French or English; anything else falls back to English. */
    public static Locale supported(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
