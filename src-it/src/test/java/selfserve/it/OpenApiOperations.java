package selfserve.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The operations under /api/v1 that the live OpenAPI document of the server under test declares. */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /**
     * One operation.
     *
     * @param path the path template as the document writes it, e.g. {@code /api/v1/subscriptions/{id}}
     */
    record Operation(String method, String path, JsonObject definition) {

        String key() {
            return method + " " + path;
        }

        List<JsonObject> parameters() {
            return definition.containsKey("parameters")
                    ? definition.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.of();
        }

        boolean takes(String queryParameter) {
            return parameters().stream().anyMatch(p -> queryParameter.equals(p.getString("name"))
                    && "query".equals(p.getString("in")));
        }
    }

    private final JsonObject document;

    private OpenApiOperations(JsonObject document) {
        this.document = document;
    }

    static OpenApiOperations of(Api api, String authorization) {
        HttpResponse<String> answer = api.send(api.request("openapi?format=JSON").header("Authorization", authorization)
                .header("Accept", "application/json").GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /openapi answered " + answer.statusCode());
        }
        return new OpenApiOperations(Api.json(answer));
    }

    JsonObject document() {
        return document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet()) {
            String full = path.startsWith("/v1/") ? "/api" + path : path;
            if (!full.startsWith("/api/v1/")) {
                continue;
            }
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (METHODS.contains(method) && item.get(method).getValueType() == JsonValue.ValueType.OBJECT) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), full, item.getJsonObject(method)));
                }
            }
        }
        return operations;
    }

    /** A schema with its {@code $ref} followed (only local references, as the document writes them). */
    JsonObject resolve(JsonObject schema) {
        JsonObject current = schema;
        while (current != null && current.containsKey("$ref")) {
            String ref = current.getString("$ref");
            current = document.getJsonObject("components").getJsonObject("schemas")
                    .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }
}
