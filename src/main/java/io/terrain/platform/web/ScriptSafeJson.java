package io.terrain.platform.web;

/**
 * Makes JSON safe to write inside an HTML {@code <script>} element, whatever text it carries: the
 * one encoder for chart configurations and JSON data blocks in pages (DESIGN.md §7). Jakarta JSON-P
 * escapes quotes and control characters but not {@code </script>}, {@code <!--}, or U+2028/U+2029.
 * The result is still the same JSON value: each replaced character becomes its {@code \\uXXXX} escape.
 */
public final class ScriptSafeJson {

    private ScriptSafeJson() {
    }

    public static String of(String json) {
        if (json == null || json.chars().noneMatch(ScriptSafeJson::unsafe)) {
            return json;
        }
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\'' -> safe.append("\\u0027");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private static boolean unsafe(int c) {
        return c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029';
    }
}
