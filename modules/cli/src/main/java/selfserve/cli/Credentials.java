package selfserve.cli;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A saved connection: which server, who, and the API token (never the password). */
record Credentials(String server, String email, String tokenId, String token, String expiresAt) {

    boolean expiredAt(Instant now) {
        try {
            return expiresAt != null && !Instant.parse(expiresAt).isAfter(now);
        } catch (DateTimeParseException unknownFormat) {
            return false; // let the server decide
        }
    }

    String toJson() {
        return Json.createObjectBuilder()
                .add("server", server)
                .add("email", email)
                .add("tokenId", tokenId)
                .add("token", token)
                .add("expiresAt", expiresAt == null ? JsonValue.NULL : Json.createValue(expiresAt))
                .build()
                .toString();
    }

    /** @throws IllegalArgumentException when the text is not a saved connection */
    static Credentials fromJson(String text) {
        try {
            JsonObject json = JsonText.parse(text).asJsonObject();
            Credentials credentials = new Credentials(JsonText.string(json, "server"), JsonText.string(json, "email"),
                    JsonText.string(json, "tokenId"), JsonText.string(json, "token"), JsonText.string(json, "expiresAt"));
            if (credentials.server() == null || credentials.token() == null || credentials.tokenId() == null) {
                throw new IllegalArgumentException("incomplete connection");
            }
            return credentials;
        } catch (JsonException | ClassCastException e) {
            throw new IllegalArgumentException("not a saved connection", e);
        }
    }

    /** Never the token: this text may end up in a log or an error message. */
    @Override
    public String toString() {
        return "Credentials[server=" + server + ", email=" + email + ", tokenId=" + tokenId + ", expiresAt=" + expiresAt + "]";
    }
}
