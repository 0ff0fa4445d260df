package selfserve.cli;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A refusal from the server: an RFC 9457 problem, or what we know of an answer that is not one. */
record Problem(int status, String code, String title, String detail, String correlationId) {

    /** Reads the answer's body; a body that is not a problem (a proxy's error page, say) keeps only the status. */
    static Problem of(int status, String body, String correlationIdHeader) {
        try {
            JsonValue json = JsonText.parse(body);
            if (json.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject problem = json.asJsonObject();
                String correlationId = JsonText.string(problem, "correlationId");
                return new Problem(status, JsonText.string(problem, "code"), JsonText.string(problem, "title"),
                        JsonText.string(problem, "detail"), correlationId != null ? correlationId : correlationIdHeader);
            }
        } catch (JsonException notJson) {
            // fall through: only the status is known
        }
        return new Problem(status, null, null, null, correlationIdHeader);
    }

    boolean hasCode(String expected) {
        return expected.equals(code);
    }
}
