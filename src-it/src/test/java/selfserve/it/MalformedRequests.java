package selfserve.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Malformed requests generated from the OpenAPI document (issue 9, item 4): for every operation under /api/v1 its
 * path and query parameters are replaced one at a time by values of the wrong type or out of range, invalid and
 * unknown ids, SQL and script; for every operation with a JSON body, a body that would be accepted (a template
 * written here, since only a person knows what is valid) is broken one defect at a time, field by field as the
 * request schema names them (wrong types, missing and extra fields, huge strings and numbers, negative and zero
 * numbers, unknown values), and as a whole (broken JSON, no body, another JSON type, wrong content types, 2 MB).
 * Cards, expiry dates and locales get their own cases. Ids that a stray success would destroy (a cancel, a
 * take-over) are unknown ids, so that a defect the server misses answers 404 rather than changing data.
 */
final class MalformedRequests {

    /** One request: which defect, who sends it (an email), and what is sent. */
    record BadRequest(String defect, String caller, String method, String path, String contentType, String body) {

        @Override
        public String toString() {
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + defect + "]";
        }
    }

    static final String ANNA = "anna@contoso.se";
    static final String ERIK = "erik@contoso.se";
    static final String ADMIN = "admin@contoso.se";

    private static final String SQL = "x' OR '1'='1'; DROP TABLE IDN_USER; --";
    private static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    private static final String HUGE = "A".repeat(100_000);
    /** Fields whose text may be anything (up to a length): SQL and script there are data, not defects. */
    private static final Set<String> FREE_TEXT = Set.of("label", "note", "message", "feedback", "nameOnCard", "organization",
            "line1", "line2", "city", "postalCode", "purchaseOrder", "search");

    /**
     * Fields a request cannot do without (with the schema's own {@code required}): leaving one out is a defect;
     * leaving out an optional one (a note, a purchase-order number) is a valid request and not sent.
     */
    private static final Set<String> REQUIRED = Set.of("locale", "label", "number", "expiryMonth", "expiryYear",
            "securityCode", "nameOnCard", "organization", "invoiceEmail", "productId", "quantity", "paymentMethodId",
            "reason", "userIds", "defaultValue", "policyValue", "targetSubscriptionId", "status", "assignmentIds");

    private final OpenApiOperations document;
    private final Map<String, String> ids;
    private final List<BadRequest> requests = new ArrayList<>();

    /**
     * @param ids the real ids the templates use: annaSubscription, annaCard, annaInvoice, erik (a user id),
     *            anna (her user id), annaLocale
     */
    MalformedRequests(OpenApiOperations document, Map<String, String> ids) {
        this.document = document;
        this.ids = ids;
    }

    List<BadRequest> generate() {
        for (OpenApiOperations.Operation operation : document.operations()) {
            Template template = template(operation);
            pathDefects(operation, template);
            queryDefects(operation, template);
            if (template.body() != null) {
                bodyDefects(operation, template);
            }
        }
        cards();
        locales();
        return List.copyOf(requests);
    }

    /** A request that would be accepted: the caller, the concrete path and, for operations with one, the body. */
    record Template(String caller, String path, String body) {
    }

    private Template template(OpenApiOperations.Operation operation) {
        String path = operation.path().substring(1); // relative to the server's root
        String key = operation.key();
        boolean admin = path.startsWith("api/v1/tenant/") || path.startsWith("api/v1/policies") || path.startsWith("api/v1/events");
        String caller = key.equals("POST /api/v1/trials") ? ERIK : admin ? ADMIN : ANNA;
        path = path.replace("{policyId}", "AllowSelfServicePurchase")
                .replace("{productId}", path.startsWith("api/v1/policies") ? "CFQ7TTC0H6RP" : "CFQ7TTC0H9MP");
        String id = switch (key) {
            case "GET /api/v1/subscriptions/{id}", "PATCH /api/v1/subscriptions/{id}", "PUT /api/v1/subscriptions/{id}/payment-method",
                 "GET /api/v1/subscriptions/{id}/licenses", "GET /api/v1/subscriptions/{id}/licenses/candidates",
                 "POST /api/v1/subscriptions/{id}/licenses/assign", "POST /api/v1/subscriptions/{id}/licenses/unassign",
                 "GET /api/v1/tenant/subscriptions/{id}", "GET /api/v1/tenant/subscriptions/{id}/history" -> ids.get("annaSubscription");
            case "GET /api/v1/payment-methods/{id}", "PATCH /api/v1/payment-methods/{id}" -> ids.get("annaCard");
            case "GET /api/v1/invoices/{id}", "GET /api/v1/invoices/{id}/pdf" -> ids.get("annaInvoice");
            case "PUT /api/v1/tenant/users/{id}/status" -> ids.get("erik");
            default -> UUID.randomUUID().toString(); // nothing there to change, should a defect go unnoticed
        };
        path = path.replace("{id}", id);
        return new Template(caller, path, body(key));
    }

    /** A body that would be accepted, for the operations that take one. */
    private String body(String operation) {
        String card = card("4242424242424242", 12, Year.now().getValue() + 2);
        return switch (operation) {
            case "PATCH /api/v1/me" -> "{\"locale\":\"" + ids.get("annaLocale") + "\"}";
            case "POST /api/v1/tokens" -> "{\"label\":\"bad input\",\"validityDays\":30}";
            case "POST /api/v1/payment-methods" -> card;
            case "PATCH /api/v1/payment-methods/{id}" -> "{\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 3)
                    + ",\"securityCode\":\"123\",\"nameOnCard\":\"Anna Svensson\",\"address\":{\"line1\":\"Storgatan 1\","
                    + "\"city\":\"Stockholm\",\"postalCode\":\"11122\",\"country\":\"SE\"}}";
            case "PUT /api/v1/billing-profile" -> "{\"organization\":\"Contoso AB\",\"address\":{\"line1\":\"Storgatan 1\","
                    + "\"city\":\"Stockholm\",\"postalCode\":\"11122\",\"country\":\"SE\"},\"invoiceEmail\":\"anna@contoso.se\","
                    + "\"purchaseOrder\":\"PO-1\",\"defaultPaymentMethodId\":\"" + ids.get("annaCard") + "\"}";
            case "POST /api/v1/purchases" -> "{\"productId\":\"CFQ7TTC0H6RP\",\"quantity\":1,\"term\":\"MONTHLY\","
                    + "\"paymentMethodId\":\"" + ids.get("annaCard") + "\"}";
            case "POST /api/v1/trials" -> "{\"productId\":\"CFQ7TTC0HDB1\",\"quantity\":1,\"term\":\"MONTHLY\"}";
            case "PATCH /api/v1/subscriptions/{id}" -> "{\"quantity\":" + ids.get("annaQuantity") + "}";
            case "PUT /api/v1/subscriptions/{id}/payment-method" -> "{\"paymentMethodId\":\"" + ids.get("annaCard") + "\"}";
            case "POST /api/v1/subscriptions/{id}/cancel", "POST /api/v1/tenant/subscriptions/{id}/cancel" ->
                    "{\"reason\":\"NO_LONGER_NEEDED\",\"feedback\":\"bad input\"}";
            case "POST /api/v1/tenant/subscriptions/{id}/take-over/cancel" -> "{\"reason\":\"NO_LONGER_NEEDED\"}";
            case "POST /api/v1/subscriptions/{id}/licenses/assign", "POST /api/v1/subscriptions/{id}/licenses/unassign" ->
                    "{\"userIds\":[\"" + UUID.randomUUID() + "\"]}";
            case "POST /api/v1/license-requests" -> "{\"productId\":\"CFQ7TTC0MM8R\",\"userIds\":[\"" + ids.get("anna")
                    + "\"],\"note\":\"bad input\"}";
            case "PUT /api/v1/policies/{policyId}" -> "{\"defaultValue\":\"Enabled\"}";
            case "PUT /api/v1/policies/{policyId}/products/{productId}" -> "{\"policyValue\":\"Enabled\"}";
            case "POST /api/v1/tenant/purchases" -> "{\"productId\":\"CFQ7TTC0H6RP\",\"quantity\":3,\"term\":\"MONTHLY\"}";
            case "PATCH /api/v1/tenant/subscriptions/{id}" -> "{\"quantity\":3}";
            case "POST /api/v1/tenant/subscriptions/{id}/take-over/move", "POST /api/v1/tenant/subscriptions/{id}/centralize" ->
                    "{\"targetSubscriptionId\":\"" + UUID.randomUUID() + "\"}";
            case "POST /api/v1/tenant/license-requests/{id}/decision" -> "{\"approvedUserIds\":[],\"deniedUserIds\":[\""
                    + ids.get("anna") + "\"],\"message\":\"bad input\"}";
            // The tenant's own flow: with the standard one, message and link are not used, so no value of theirs is wrong.
            case "PUT /api/v1/tenant/license-request-flow" -> "{\"ownFlow\":true,\"message\":\"Ask the service desk.\","
                    + "\"link\":\"https://servicedesk.contoso.example/licenses\"}";
            case "PUT /api/v1/tenant/users/{id}/status" -> "{\"status\":\"ACTIVE\"}";
            case "POST /api/v1/tenant/unused-licenses/reclaim" -> "{\"assignmentIds\":[\"" + UUID.randomUUID()
                    + "\"],\"notifyFirst\":false,\"graceDays\":0}";
            default -> null;
        };
    }

    // ---- path and query

    private void pathDefects(OpenApiOperations.Operation operation, Template template) {
        for (JsonObject parameter : operation.parameters()) {
            if (!"path".equals(parameter.getString("in"))) {
                continue;
            }
            String name = parameter.getString("name");
            String concrete = concrete(operation.path(), template.path(), name);
            List<String> values = new ArrayList<>(List.of("not-a-uuid", "12345", SQL, SCRIPT, "-1", "Z".repeat(1_000)));
            if (name.equals("id")) {
                values.add(UUID.randomUUID().toString());
            }
            for (String value : values) {
                add("path " + name + "=" + shorten(value), template.caller(), operation.method(),
                        template.path().replaceFirst(java.util.regex.Pattern.quote(concrete),
                                java.util.regex.Matcher.quoteReplacement("/" + encode(value))), template.body());
            }
        }
    }

    /** The value the template put where the path template has {name}. */
    private static String concrete(String pathTemplate, String path, String name) {
        String[] templateParts = pathTemplate.substring(1).split("/");
        String[] parts = path.split("\\?")[0].split("/");
        for (int i = 0; i < templateParts.length; i++) {
            if (templateParts[i].equals("{" + name + "}")) {
                return "/" + parts[i];
            }
        }
        throw new IllegalStateException(name + " not in " + pathTemplate);
    }

    private void queryDefects(OpenApiOperations.Operation operation, Template template) {
        for (JsonObject parameter : operation.parameters()) {
            if (!"query".equals(parameter.getString("in"))) {
                continue;
            }
            String name = parameter.getString("name");
            List<String> values = switch (name) {
                case "tenantId", "subscriptionId" -> List.of("not-a-uuid", SQL, UUID.randomUUID().toString());
                case "offset", "limit", "days" -> List.of("-1", "abc", "99999999999999999999", "1.5");
                case "from", "to" -> List.of("2026-02-30", "yesterday", SCRIPT);
                case "unreadOnly", "includeSelfService" -> List.of("maybe", "2");
                case "status", "state", "action" -> List.of("NO_SUCH_VALUE", SQL);
                case "cursor", "after" -> List.of("not-a-cursor", SQL);
                default -> List.of();
            };
            for (String value : values) {
                String path = template.path() + (template.path().contains("?") ? "&" : "?") + name + "=" + encode(value);
                add("query " + name + "=" + shorten(value), template.caller(), operation.method(), path, template.body());
            }
        }
    }

    // ---- body

    private void bodyDefects(OpenApiOperations.Operation operation, Template template) {
        String method = operation.method();
        String path = template.path();
        String caller = template.caller();
        for (String broken : List.of("{\"", "{\"quantity\":}", "not json at all", "{'single':'quotes'}", "[1, 2")) {
            add("broken JSON " + broken, caller, method, path, broken);
        }
        add("no body", caller, method, path, null);
        add("JSON array for an object", caller, method, path, "[]");
        add("JSON string for an object", caller, method, path, "\"text\"");
        add("JSON number for an object", caller, method, path, "42");
        add("JSON null", caller, method, path, "null");
        JsonObject schema = requestSchema(operation);
        Set<String> required = new java.util.HashSet<>(REQUIRED);
        if (schema != null && schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).forEach(n -> required.add(n.getString()));
        }
        JsonObject valid = Json.createReader(new java.io.StringReader(template.body())).readObject();
        if (valid.keySet().stream().anyMatch(required::contains)) {
            add("empty object (missing fields)", caller, method, path, "{}");
        }
        requests.add(new BadRequest("text/plain", caller, method, path, "text/plain", template.body()));
        requests.add(new BadRequest("application/xml", caller, method, path, "application/xml", "<request/>"));
        requests.add(new BadRequest("2 MB body", caller, method, path, "application/json",
                "{\"padding\":\"" + "B".repeat(2 * 1024 * 1024) + "\"}"));
        add("extra field", caller, method, path, with(valid, b -> b.add("isAdmin", true)).toString());
        Map<String, JsonObject> properties = properties(schema);
        for (Map.Entry<String, JsonObject> property : properties.entrySet()) {
            String name = property.getKey();
            JsonObject type = document.resolve(property.getValue());
            if (valid.containsKey(name) && required.contains(name)) {
                add("missing " + name, caller, method, path, without(valid, name).toString());
            }
            for (Map.Entry<String, JsonValue> wrong : wrongValues(name, type).entrySet()) {
                add(name + " " + wrong.getKey(), caller, method, path, with(valid, b -> b.add(name, wrong.getValue())).toString());
            }
        }
    }

    private JsonObject requestSchema(OpenApiOperations.Operation operation) {
        JsonObject body = operation.definition().getJsonObject("requestBody");
        if (body == null) {
            return Json.createObjectBuilder().build();
        }
        JsonObject content = body.getJsonObject("content");
        JsonObject json = content.getJsonObject("application/json");
        return json == null || !json.containsKey("schema") ? Json.createObjectBuilder().build()
                : document.resolve(json.getJsonObject("schema"));
    }

    private Map<String, JsonObject> properties(JsonObject schema) {
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        if (schema != null && schema.containsKey("properties")) {
            schema.getJsonObject("properties").forEach((name, value) -> properties.put(name, value.asJsonObject()));
        }
        return properties;
    }

    /** Values of the wrong type or out of range for a property of this schema type. */
    private Map<String, JsonValue> wrongValues(String name, JsonObject schema) {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        String type = schema == null ? "object" : typeOf(schema);
        switch (type) {
            case "integer", "number" -> {
                values.put("as text", Json.createValue("abc"));
                values.put("fraction", Json.createValue(1.5));
                values.put("huge number", Json.createValue(new java.math.BigDecimal("1e40")));
                values.put("beyond long", Json.createValue(new java.math.BigInteger("99999999999999999999")));
                values.put("negative", Json.createValue(-1));
                values.put("zero", Json.createValue(0));
                values.put("as object", Json.createObjectBuilder().build());
            }
            case "boolean" -> {
                values.put("as text", Json.createValue("maybe"));
                values.put("as number", Json.createValue(2));
            }
            case "array" -> {
                values.put("as text", Json.createValue("x"));
                values.put("of numbers", Json.createArrayBuilder().add(1).add(2).build());
                values.put("of bad ids", Json.createArrayBuilder().add("not-a-uuid").add(SQL).build());
            }
            case "object" -> {
                values.put("as text", Json.createValue("x"));
                values.put("as array", Json.createArrayBuilder().build());
            }
            default -> {
                values.put("as number", Json.createValue(12345));
                values.put("as object", Json.createObjectBuilder().add("a", 1).build());
                values.put("huge", Json.createValue(HUGE));
                if (!FREE_TEXT.contains(name)) {
                    values.put("SQL", Json.createValue(SQL));
                    values.put("script", Json.createValue(SCRIPT));
                    values.put("empty", Json.createValue(""));
                    values.put("unknown value", Json.createValue("NOT_A_VALUE"));
                }
            }
        }
        return values;
    }

    private static String typeOf(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type == null) {
            return schema.containsKey("properties") ? "object" : "string";
        }
        if (type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        return ((jakarta.json.JsonString) type).getString();
    }

    // ---- cards and locales

    private void cards() {
        int year = Year.now().getValue();
        Map<String, String> cards = new LinkedHashMap<>();
        cards.put("card number failing Luhn", card("4242424242424241", 12, year + 2));
        cards.put("card number with letters", card("4242abcd42424242", 12, year + 2));
        cards.put("card number too short", card("4242", 12, year + 2));
        cards.put("card number too long", card("4".repeat(40), 12, year + 2));
        cards.put("card number empty", card("", 12, year + 2));
        cards.put("expiry month 13", card("4242424242424242", 13, year + 2));
        cards.put("expiry month 0", card("4242424242424242", 0, year + 2));
        cards.put("expiry month -1", card("4242424242424242", -1, year + 2));
        cards.put("expired card", card("4242424242424242", 1, year - 1));
        cards.put("expiry year 99999", card("4242424242424242", 12, 99_999));
        cards.put("security code letters", card("4242424242424242", 12, year + 2).replace("\"123\"", "\"abc\""));
        cards.put("security code missing", card("4242424242424242", 12, year + 2).replace(",\"securityCode\":\"123\"", ""));
        cards.put("billing country unknown", card("4242424242424242", 12, year + 2).replace("\"SE\"", "\"XX\""));
        cards.forEach((defect, card) -> {
            add(defect, ANNA, "POST", "api/v1/payment-methods", card);
            add(defect + " (purchase)", ANNA, "POST", "api/v1/purchases",
                    "{\"productId\":\"CFQ7TTC0H6RP\",\"quantity\":1,\"term\":\"MONTHLY\",\"card\":" + card + "}");
        });
    }

    private void locales() {
        for (String locale : List.of("xx-XX", "klingon", "", "en_US", "de-DE", "zh", SCRIPT, "sv-SE-x-" + "a".repeat(300))) {
            add("locale " + shorten(locale), ANNA, "PATCH", "api/v1/me", "{\"locale\":" + Json.createValue(locale) + "}");
        }
    }

    static String card(String number, int month, int year) {
        return "{\"number\":\"" + number + "\",\"expiryMonth\":" + month + ",\"expiryYear\":" + year
                + ",\"securityCode\":\"123\",\"nameOnCard\":\"Anna Svensson\",\"address\":{\"line1\":\"Storgatan 1\","
                + "\"city\":\"Stockholm\",\"postalCode\":\"11122\",\"country\":\"SE\"}}";
    }

    // ---- helpers

    private void add(String defect, String caller, String method, String path, String body) {
        requests.add(new BadRequest(defect, caller, method, path, body == null ? null : "application/json", body));
    }

    private static JsonObject with(JsonObject valid, Function<JsonObjectBuilder, JsonObjectBuilder> change) {
        return change.apply(Json.createObjectBuilder(valid)).build();
    }

    private static JsonObject without(JsonObject valid, String name) {
        return Json.createObjectBuilder(valid).remove(name).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shorten(String value) {
        return value.length() > 24 ? value.substring(0, 24) + "…" : value;
    }
}
