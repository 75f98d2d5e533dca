package io.terrain.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptSafeJsonTest {

    private static final String PAYLOAD = "</script><script>$.ajax('/terrain/api/users',{type:'POST'})//";

    @Test
    void nothingInTheJsonCanEndTheScriptItIsWrittenIn() {
        String json = Json.createObjectBuilder().add("label", PAYLOAD + "<!-- & \u2028\u2029").build().toString();
        String safe = ScriptSafeJson.of(json);
        assertFalse(safe.contains("<"), safe);
        assertFalse(safe.contains(">"), safe);
        assertFalse(safe.contains("&"), safe);
        assertFalse(safe.contains("\u2028"), safe);
        assertFalse(safe.contains("\u2029"), safe);
        assertEquals("{\"label\":\"\\u003c/script\\u003e\\u003cscript\\u003e$.ajax(\\u0027/terrain/api/users\\u0027,{type:\\u0027POST\\u0027})//"
                + "\\u003c!-- \\u0026 \\u2028\\u2029\"}", safe);
    }

    @Test
    void jsonWithoutACharacterToEscapeIsGivenBackAsItIs() {
        String json = "{\"label\":\"Île-de-France\",\"data\":[1,2.5]}";
        assertSame(json, ScriptSafeJson.of(json));
        assertEquals("{\"label\":\"A \\u0026 B\"}", ScriptSafeJson.of("{\"label\":\"A & B\"}"));
    }

    @Test
    void theEncodedJsonStillReadsAsTheSameValue() {
        String json = Json.createObjectBuilder().add("label", PAYLOAD).add("n", 4.5).build().toString();
        var read = Json.createReader(new StringReader(ScriptSafeJson.of(json))).readObject();
        assertEquals(PAYLOAD, read.getString("label"));
        assertEquals(4.5, read.getJsonNumber("n").doubleValue());
    }
}
