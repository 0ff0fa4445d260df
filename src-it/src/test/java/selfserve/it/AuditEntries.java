package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The audit entries a call left, read from the audit log API as a tenant admin: those under the correlation id
 * the call sent, as ACTION|actor email, sorted. For tests that check the one-entry rule of
 * {@link AuditCompletenessIT} for an operation that table cannot run itself.
 */
final class AuditEntries {

    private AuditEntries() {
    }

    /** Looks among the tenant's newest 500 entries, where a call just made is found. */
    static List<String> under(Api api, String adminAuthorization, String correlationId) {
        HttpResponse<String> page = api.get("api/v1/tenant/audit?limit=500", adminAuthorization);
        assertEquals(200, page.statusCode(), page.body());
        return Api.json(page).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> correlationId.equals(entry.getString("correlationId")))
                .map(entry -> entry.getString("action") + "|" + entry.getString("actorName"))
                .sorted().toList();
    }
}
