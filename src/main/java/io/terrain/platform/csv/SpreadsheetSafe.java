package io.terrain.platform.csv;

/**
 * Neutralises spreadsheet formula injection in exported cells: a value that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe, so it
 * is shown as text. A plain number such as a negative longitude is left as it is: no spreadsheet
 * runs it, and the apostrophe would corrupt it.
 */
public final class SpreadsheetSafe {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        if (NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
