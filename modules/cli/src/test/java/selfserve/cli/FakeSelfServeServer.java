package selfserve.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stand-in for SelfServe's REST API on a loopback port: one demo admin, a small catalog with alias ids, the
 * policy per product, and problem answers shaped like the real server's. It records every request it got.
 */
final class FakeSelfServeServer implements AutoCloseable {

    static final String EMAIL = "admin@contoso.se";
    static final String PASSWORD = "SelfServe-demo-2026";
    static final UUID CUSTOMER_TENANT = UUID.fromString("7d4f0c2e-1111-4a2b-9c3d-5e6f7a8b9c0d");

    record Product(String id, String alias, String name, boolean trialWithoutPaymentMethod) {
    }

    record Request(String method, String path, String query, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final List<Product> CATALOG = List.of(
            new Product("CFQ7TTC0H9MP", "CFQ7TTC0L3PB", "Power BI Pro", false),
            new Product("CFQ7TTC0LH2H", "CFQ7TTC0KP0P", "Power Apps per user", false),
            new Product("CFQ7TTC0HDB1", "CFQ7TTC0KXND", "Project Plan 1", true));
    private static final Set<String> VALUES = Set.of("Enabled", "Disabled", "OnlyTrialsWithoutPaymentMethod");

    private final HttpServer server;
    private final Map<String, String> tokens = new ConcurrentHashMap<>(); // secret -> id
    private final Map<String, String> values = new ConcurrentHashMap<>(); // product id -> value
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    FakeSelfServeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return requests;
    }

    Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    Set<String> validTokens() {
        return Set.copyOf(tokens.keySet());
    }

    /** As if every token expired or was revoked in the portal. */
    void revokeAllTokens() {
        tokens.clear();
    }

    @Override
    public void close() {
        if (!stopped.getAndSet(true)) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = record(exchange);
            String path = request.path();
            if (path.equals("/api/v1/tokens") && request.method().equals("POST")) {
                issueToken(exchange, request);
                return;
            }
            if (!signedIn(request)) {
                problem(exchange, 401, "INVALID_CREDENTIALS", "Sign-in failed", "The API token is not valid.");
                return;
            }
            if (request.query() != null && !request.query().equals("tenantId=" + CUSTOMER_TENANT)) {
                problem(exchange, 404, "TENANT_NOT_FOUND", "Tenant not found", "No such tenant.");
                return;
            }
            route(exchange, request, path.split("/"));
        }
    }

    private void route(HttpExchange exchange, Request request, String[] segments) throws IOException {
        // segments: "", "api", "v1", ...
        String resource = segments.length > 3 ? segments[3] : "";
        if (resource.equals("me")) {
            json(exchange, 200, me());
        } else if (resource.equals("tokens") && segments.length == 5 && request.method().equals("DELETE")) {
            tokens.values().remove(segments[4]);
            exchange.sendResponseHeaders(204, -1);
        } else if (resource.equals("policies") && segments.length == 4) {
            json(exchange, 200, Json.createArrayBuilder().add(policy()).build().toString());
        } else if (resource.equals("policies") && !segments[4].equals(PolicyIdOption.ALLOW_SELF_SERVICE_PURCHASE)) {
            problem(exchange, 404, "POLICY_NOT_FOUND", "Policy not found", "No such policy.");
        } else if (segments.length == 5) {
            json(exchange, 200, policy().toString());
        } else if (segments.length == 6) {
            JsonArrayBuilder all = Json.createArrayBuilder();
            CATALOG.forEach(product -> all.add(productPolicy(product)));
            json(exchange, 200, all.build().toString());
        } else {
            product(exchange, request, segments[6]);
        }
    }

    private void product(HttpExchange exchange, Request request, String id) throws IOException {
        Optional<Product> found = CATALOG.stream().filter(p -> p.id().equals(id) || p.alias().equals(id)).findFirst();
        if (found.isEmpty()) {
            problem(exchange, 404, "PRODUCT_NOT_FOUND", "Product not found", "No product with this id.");
            return;
        }
        Product product = found.get();
        if (request.method().equals("PUT")) {
            String value = Json.createReader(new StringReader(request.body())).readObject().getString("policyValue");
            if (!VALUES.contains(value)) {
                problem(exchange, 400, "INVALID_POLICY_VALUE", "Invalid policy value", value);
                return;
            }
            if (value.equals("OnlyTrialsWithoutPaymentMethod") && !product.trialWithoutPaymentMethod()) {
                problem(exchange, 400, "TRIALS_ONLY_NOT_OFFERED", "No trial", "No trial without payment method.");
                return;
            }
            values.put(product.id(), value);
        }
        json(exchange, 200, productPolicy(product).toString());
    }

    private void issueToken(HttpExchange exchange, Request request) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((EMAIL + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.header("Authorization"))) {
            problem(exchange, 401, "INVALID_CREDENTIALS", "Sign-in failed", "The email and password are not valid.");
            return;
        }
        String id = UUID.randomUUID().toString();
        String secret = "sst_" + UUID.randomUUID().toString().replace("-", "");
        tokens.put(secret, id);
        JsonObject label = Json.createReader(new StringReader(request.body())).readObject();
        json(exchange, 201, Json.createObjectBuilder().add("id", id).add("label", label.getString("label"))
                .add("token", secret).add("createdAt", "2026-11-21T23:37:01Z").add("expiresAt", "2099-12-21T23:37:01Z")
                .build().toString());
    }

    private boolean signedIn(Request request) {
        String authorization = request.header("Authorization");
        return authorization != null && authorization.startsWith("Bearer ")
                && tokens.containsKey(authorization.substring("Bearer ".length()));
    }

    private static String me() {
        return Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString()).add("displayName", "Sofia Lund").add("email", EMAIL)
                .add("tenant", Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("name", "Contoso AB"))
                .add("roles", Json.createArrayBuilder().add("GLOBAL_ADMIN")).add("locale", "sv-SE")
                .add("delegatedTenants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", CUSTOMER_TENANT.toString()).add("name", "Northwind Traders")))
                .build().toString();
    }

    private static JsonObject policy() {
        return Json.createObjectBuilder().add("policyId", PolicyIdOption.ALLOW_SELF_SERVICE_PURCHASE)
                .add("description", "Allows users to buy products by self-service").add("defaultValue", "Enabled").build();
    }

    private JsonObject productPolicy(Product product) {
        return Json.createObjectBuilder().add("policyId", PolicyIdOption.ALLOW_SELF_SERVICE_PURCHASE)
                .add("productName", product.name()).add("productId", product.id())
                .add("policyValue", values.getOrDefault(product.id(), "Enabled"))
                .add("explicitlySet", values.containsKey(product.id())).build();
    }

    private Request record(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, list) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", list)));
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(request);
        return request;
    }

    private static void problem(HttpExchange exchange, int status, String code, String title, String detail) throws IOException {
        String correlationId = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Correlation-Id")).orElse("fake-1");
        String body = Json.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status)
                .add("detail", detail).add("code", code).add("correlationId", correlationId).build().toString();
        send(exchange, status, "application/problem+json", body);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Correlation-Id",
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Correlation-Id")).orElse("fake-1"));
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
