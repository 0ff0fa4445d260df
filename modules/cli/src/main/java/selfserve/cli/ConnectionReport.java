package selfserve.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;

/** Tells who is connected (from GET /api/v1/me): name, organization, roles, until when, and partner customers. */
final class ConnectionReport {

    private final PrintStream out;
    private final Messages messages;

    ConnectionReport(PrintStream out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    void print(Credentials credentials, JsonObject me) {
        JsonObject tenant = me.getJsonObject("tenant");
        out.println(messages.get("connect.connected", credentials.server(), text(JsonText.string(me, "displayName")),
                text(JsonText.string(me, "email")), tenant == null ? "" : text(JsonText.string(tenant, "name"))));
        List<String> roles = me.containsKey("roles") ? me.getJsonArray("roles").getValuesAs(JsonString::getString) : List.of();
        if (!roles.isEmpty()) {
            out.println(messages.get("connect.roles", String.join(messages.get("list.separator"),
                    roles.stream().map(this::roleName).toList())));
        }
        if (credentials.expiresAt() != null) {
            out.println(messages.get("connect.validUntil", when(credentials.expiresAt())));
        }
        List<JsonValue> customers = me.containsKey("delegatedTenants") ? me.getJsonArray("delegatedTenants") : List.of();
        if (!customers.isEmpty()) {
            out.println(messages.get("connect.customers"));
            for (JsonValue customer : customers) {
                JsonObject tenantOfCustomer = customer.asJsonObject();
                out.println("  " + text(JsonText.string(tenantOfCustomer, "name")) + "  " + text(JsonText.string(tenantOfCustomer, "id")));
            }
        }
    }

    /** The portal's name for a role when we know it; the code as the server sent it otherwise. */
    private String roleName(String code) {
        return messages.has("role." + code) ? messages.get("role." + code) : text(code);
    }

    private String when(String instant) {
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(messages.locale())
                    .withZone(ZoneId.systemDefault())
                    .format(Instant.parse(instant));
        } catch (DateTimeParseException unknownFormat) {
            return text(instant);
        }
    }

    private static String text(String value) {
        return value == null ? "" : TextTable.printable(value);
    }
}
