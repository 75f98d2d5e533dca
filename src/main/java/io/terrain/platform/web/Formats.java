package io.terrain.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.text.NumberFormat;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Numbers and moments as the reader's language writes them ({@code #{formats.number(x)}}, {@code #{formats.when(t)}}):
 * "2,5" and "1 234" in French, "2.5" and "1,234" in English, never a Java toString; times in the programme's zone
 * (terrain.display-zone, Paris unless set), never UTC ISO strings.
 */
@Named("formats")
@ApplicationScoped
public class Formats {

    @Inject
    @ConfigProperty(name = "terrain.display-zone", defaultValue = "Europe/Paris")
    String displayZone;

    /** A number with at most two decimals, as the reader writes it; empty for none. */
    public String number(Number value) {
        return number(value, 2, locale());
    }

    /** A number with at most this many decimals. */
    public String number(Number value, int decimals) {
        return number(value, decimals, locale());
    }

    /** A moment Terrain recorded (an instant, or its own clock's local time), in the programme's zone, to the minute. */
    public String when(Object moment) {
        return when(moment, ZoneId.systemDefault(), ZoneId.of(displayZone), locale());
    }

    /** A local time as someone entered it (an observation's time on site): written out, not moved to another zone. */
    public String local(LocalDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale()).format(moment);
    }

    static String number(Number value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    static String when(Object moment, ZoneId serverZone, ZoneId displayZone, Locale locale) {
        Instant instant;
        if (moment == null) {
            return "";
        } else if (moment instanceof Instant i) {
            instant = i;
        } else if (moment instanceof LocalDateTime t) {
            instant = t.atZone(serverZone).toInstant();
        } else {
            throw new IllegalArgumentException("Not a moment: " + moment.getClass().getName());
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).format(instant.atZone(displayZone));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
