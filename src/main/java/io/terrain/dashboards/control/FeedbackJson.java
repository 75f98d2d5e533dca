package io.terrain.dashboards.control;

import io.terrain.platform.api.Jsons;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feedback sent as JSON by a survey tool: an array of {@code {responseId, siteCode, respondedOn, channel,
 * contactReason, csat, recommend, verbatim, category}}, read as the rows of a file (row n is the n-th object) so that
 * one checker answers both.
 */
public final class FeedbackJson {

    private static final Map<String, String> COLUMNS = Map.of("responseId", "response_id", "siteCode", "site_code",
            "respondedOn", "responded_on", "channel", "channel", "contactReason", "contact_reason", "csat", "csat",
            "recommend", "recommend", "verbatim", "verbatim", "category", "category");

    private FeedbackJson() {
    }

    public static List<CsvRow> rows(Path file, List<Problem> problems) {
        JsonArray array;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = Jsons.createReader(reader)) {
            array = json.readArray();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            problems.add(Problem.atLine(0, null, "feedback.json.notArray"));
            return List.of();
        } catch (IOException e) {
            throw new IllegalStateException("Reading an uploaded file failed", e);
        }
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            int line = i + 1;
            JsonValue value = array.get(i);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(Problem.atLine(line, null, "feedback.json.notObject"));
                continue;
            }
            rows.add(row(line, value.asJsonObject(), problems));
        }
        return rows;
    }

    private static CsvRow row(int line, JsonObject object, List<Problem> problems) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            String column = COLUMNS.get(field.getKey());
            if (column == null) {
                problems.add(Problem.atLine(line, field.getKey(), "json.field.unknown", field.getKey()));
                continue;
            }
            JsonValue v = field.getValue();
            String text = switch (v.getValueType()) {
                case NULL -> null;
                case STRING -> ((JsonString) v).getString();
                default -> v.toString();
            };
            values.put(column, text == null || text.isBlank() ? null : text);
        }
        return new CsvRow(line, values);
    }
}
