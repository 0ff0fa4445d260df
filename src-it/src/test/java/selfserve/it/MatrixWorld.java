package selfserve.it;

import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fixtures of the authorization matrix and the way its cells call the server: one API token per account
 * (a password costs a fraction of a second on purpose), the targets (Anna's demo subscription, invoice, card and
 * notice in Contoso AB; li.wei's in Contoso China for the partner without delegation), what allowed cells
 * create (kept to be used by later rows and undone at the end), and queues of fresh objects for the cells that
 * consume one (a cancel, a take-over).
 */
final class MatrixWorld {

    static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    /**
     * Bought, centrally bought and taken over by the matrix: no other test buys it in Contoso AB, and its id sorts
     * after Visio Plan 2's, so that the matrix's purchases never crowd out the rows browser tests look for on the
     * first page of the organization's purchases (ordered by product id).
     */
    static final String BOUGHT = "CFQ7TTC0LSGZ";
    /** Whose policy the matrix sets to what it is. */
    static final String POWER_BI_PREMIUM = "CFQ7TTC0H6RP";
    /** Tried with a card by the matrix (one trial per person and product). */
    static final String PROJECT_PLAN_3 = "CFQ7TTC0HDB0";
    /** Kept for central buying in Contoso AB by the demo policy: its members ask for licenses instead. */
    static final String COPILOT = "CFQ7TTC0MM8R";
    static final String POLICY = "AllowSelfServicePurchase";

    final Api api;
    private final Map<String, String> bearers = new HashMap<>();
    private final Map<String, String> tokenIds = new HashMap<>();
    private final Map<String, JsonObject> profiles = new HashMap<>();
    private String operation = "";
    private boolean tenantScoped;

    String contosoAb;
    String contosoChina;
    String annaSubscription;
    String liWeiSubscription;
    String annaInvoice;
    String liWeiInvoice;
    String annaCard;
    String liWeiCard;
    String annaNotice;
    String liWeiNotice;
    String liWeiToken;
    String chinaNotice;
    String assignee;

    /** What allowed cells created, by caller: undone at the end. */
    final Map<Caller, String> tokensMade = new EnumMap<>(Caller.class);
    final Map<Caller, String> cardsMade = new EnumMap<>(Caller.class);
    final Map<Caller, String> bought = new EnumMap<>(Caller.class);
    final Map<Caller, String> trials = new EnumMap<>(Caller.class);
    final Map<Caller, String> requests = new EnumMap<>(Caller.class);
    final List<String> centrals = new ArrayList<>();
    /** Anna's purchases the admins take over or centralize; canceled at the end if still running. */
    final List<String> annasForAdmins = new ArrayList<>();
    /** Fresh objects for cells that consume one; a refused cell is pointed at the head, an allowed one takes it. */
    final Map<String, Deque<String>> queues = new HashMap<>();

    MatrixWorld(Api api) {
        this.api = api;
    }

    /** Signs each account in once, for a token, and reads the ids the cells point at. */
    void setUp() {
        for (Caller caller : Caller.values()) {
            if (caller.email() != null) {
                signIn(caller.email());
            }
        }
        signIn("li.wei@contoso.cn");
        signIn("admin@contoso.cn");
        contosoAb = me(Caller.OWNER.email()).getJsonObject("tenant").getString("id");
        contosoChina = me("li.wei@contoso.cn").getJsonObject("tenant").getString("id");
        annaSubscription = first(get("anna@contoso.se", "api/v1/subscriptions"), POWER_BI_PRO);
        liWeiSubscription = Api.array(get("li.wei@contoso.cn", "api/v1/subscriptions")).getJsonObject(0).getString("id");
        annaInvoice = Api.array(get("anna@contoso.se", "api/v1/invoices")).getJsonObject(0).getString("id");
        liWeiInvoice = Api.array(get("li.wei@contoso.cn", "api/v1/invoices")).getJsonObject(0).getString("id");
        annaCard = Database.column("select PAYMENT_METHOD_ID from COM_SUBSCRIPTION where ID = ?", annaSubscription).getFirst();
        liWeiCard = Api.array(get("li.wei@contoso.cn", "api/v1/payment-methods")).getJsonObject(0).getString("id");
        liWeiNotice = firstNotice("li.wei@contoso.cn");
        liWeiToken = tokenIds.get("li.wei@contoso.cn");
        List<JsonObject> chinese = Api.array(get("admin@contoso.cn", "api/v1/tenant/notices?limit=1"))
                .getValuesAs(JsonObject.class);
        chinaNotice = chinese.isEmpty() ? UUID.randomUUID().toString() : chinese.getFirst().getString("id");
        assignee = Api.array(get("anna@contoso.se", "api/v1/subscriptions/" + annaSubscription + "/licenses/candidates?search=contoso.se"))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getBoolean("assignable"))
                .map(c -> c.getString("id")).findFirst().orElseThrow(() -> new IllegalStateException("nobody to assign"));
    }

    private void signIn(String email) {
        if (bearers.containsKey(email)) {
            return;
        }
        HttpResponse<String> issued = api.postJson("api/v1/tokens", Api.basic(email, DemoAccounts.PASSWORD),
                "{\"label\":\"authorization matrix\",\"validityDays\":1}");
        if (issued.statusCode() != 201) {
            throw new IllegalStateException(email + " got no token: " + issued.statusCode() + " " + issued.body());
        }
        bearers.put(email, Api.bearer(json(issued).getString("token")));
        tokenIds.put(email, json(issued).getString("id"));
        profiles.put(email, me(email));
    }

    private JsonObject me(String email) {
        return json(get(email, "api/v1/me"));
    }

    /** The person's newest notice; an unknown id if they have none (the demo data writes none). */
    String firstNotice(String email) {
        List<JsonObject> notices = json(get(email, "api/v1/notices?limit=1")).getJsonArray("notices").getValuesAs(JsonObject.class);
        return notices.isEmpty() ? UUID.randomUUID().toString() : notices.getFirst().getString("id");
    }

    /** Anna's ids that nobody else may ever be shown in their own lists. */
    java.util.Set<String> annasIds() {
        java.util.Set<String> ids = new java.util.HashSet<>(List.of(annaSubscription, annaInvoice, annaCard));
        if (annaNotice != null) {
            ids.add(annaNotice);
        }
        return ids;
    }

    private static String first(HttpResponse<String> subscriptions, String product) {
        return Api.array(subscriptions).getValuesAs(JsonObject.class).stream()
                .filter(s -> product.equals(s.getString("productId"))).findFirst().orElseThrow().getString("id");
    }

    /** The operation the next cells call, and whether it takes a tenantId. */
    void operation(String key, boolean takesTenantId) {
        operation = key;
        tenantScoped = takesTenantId;
    }

    String userId(String email) {
        return profiles.get(email).getString("id");
    }

    String userId(Caller caller) {
        return caller.email() == null ? UUID.randomUUID().toString() : userId(caller.email());
    }

    String locale(Caller caller) {
        return caller.email() == null ? "en" : profiles.get(caller.email()).getString("locale");
    }

    /** Contoso China's object for the partner without delegation, Contoso AB's for everyone else. */
    static String target(Caller caller, String contosoAbs, String contosoChinas) {
        return caller == Caller.PARTNER_WITHOUT_DELEGATION ? contosoChinas : contosoAbs;
    }

    // ---- calls

    HttpResponse<String> call(Caller caller, String method, String path, String body, String... headers) {
        String tenant = switch (caller.tenant()) {
            case OWN -> null;
            case CONTOSO_AB -> contosoAb;
            case CONTOSO_CHINA -> contosoChina;
        };
        String uri = path;
        if (tenantScoped && tenant != null) {
            uri += (uri.contains("?") ? "&" : "?") + "tenantId=" + URLEncoder.encode(tenant, StandardCharsets.UTF_8);
        }
        HttpRequest.Builder request = api.request(uri).header("X-Correlation-Id", "it-authz-" + UUID.randomUUID());
        if (caller.email() != null) {
            request.header("Authorization", bearers.get(caller.email()));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return api.send(request.method(method, publisher));
    }

    /** A call of a fixture step (no cell), as the given account, failing loudly if it is refused. */
    HttpResponse<String> as(String email, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = api.request(path).header("Authorization", bearers.get(email));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = api.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("Fixture " + method + " " + path + " as " + email + " (for " + operation
                    + "): " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }

    HttpResponse<String> get(String email, String path) {
        return as(email, "GET", path, null);
    }

    /** Anna buys a fresh Power Automate RPA licence with her demo card, for a cell that takes a purchase over. */
    String annaBuys() {
        String id = json(as("anna@contoso.se", "POST", "api/v1/purchases", "{\"productId\":\"" + BOUGHT
                + "\",\"quantity\":1,\"term\":\"MONTHLY\",\"paymentMethodId\":\"" + annaCard + "\"}",
                "Idempotency-Key", key())).getString("subscriptionId");
        annasForAdmins.add(id);
        return id;
    }

    /** The object a cell points at: the head of the queue; an allowed cell takes it off. */
    String next(String queue, boolean allowed) {
        Deque<String> objects = queues.computeIfAbsent(queue, q -> new ArrayDeque<>());
        if (objects.isEmpty()) {
            throw new IllegalStateException("No fixture left in " + queue);
        }
        return allowed ? objects.removeFirst() : objects.getFirst();
    }

    void queue(String queue, List<String> objects) {
        queues.put(queue, new ArrayDeque<>(objects.stream().filter(java.util.Objects::nonNull).toList()));
    }

    static String key() {
        return "it-authz-" + UUID.randomUUID();
    }

    static String card(String name) {
        return "{\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 2)
                + ",\"securityCode\":\"123\",\"nameOnCard\":\"" + name + "\",\"address\":{\"line1\":\"Drottninggatan 1\","
                + "\"city\":\"Stockholm\",\"postalCode\":\"11151\",\"country\":\"SE\"}}";
    }

    /** Undoes what the allowed cells created: purchases and trials canceled, requests denied, cards and tokens removed. */
    List<String> tearDown() {
        List<String> problems = new ArrayList<>();
        String cancel = "{\"reason\":\"NO_LONGER_NEEDED\"}";
        bought.forEach((caller, id) -> quietly(problems, caller.email(), "POST", "api/v1/subscriptions/" + id + "/cancel", cancel));
        trials.forEach((caller, id) -> quietly(problems, caller.email(), "POST", "api/v1/subscriptions/" + id + "/cancel", cancel));
        annasForAdmins.forEach(id -> quietly(problems, "anna@contoso.se", "POST", "api/v1/subscriptions/" + id + "/cancel", cancel));
        centrals.forEach(id -> quietly(problems, "admin@contoso.se", "POST", "api/v1/tenant/subscriptions/" + id + "/cancel", cancel));
        requests.forEach((caller, id) -> quietly(problems, "admin@contoso.se", "POST", "api/v1/tenant/license-requests/" + id
                + "/decision", "{\"approvedUserIds\":[],\"deniedUserIds\":[\"" + userId(caller) + "\"],\"message\":\"authorization matrix\"}"));
        cardsMade.forEach((caller, id) -> quietly(problems, caller.email(), "DELETE", "api/v1/payment-methods/" + id, null));
        tokensMade.forEach((caller, id) -> quietly(problems, caller.email(), "DELETE", "api/v1/tokens/" + id, null));
        tokenIds.forEach((email, id) -> quietly(problems, email, "DELETE", "api/v1/tokens/" + id, null));
        return problems;
    }

    /** A clean-up step: already done (409, 404) is fine, anything else is reported. */
    private void quietly(List<String> problems, String email, String method, String path, String body) {
        HttpRequest.Builder request = api.request(path).header("Authorization", bearers.get(email));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = api.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() >= 300 && answer.statusCode() != 404 && answer.statusCode() != 409) {
            problems.add(method + " " + path + " as " + email + ": " + answer.statusCode() + " " + answer.body());
        }
    }
}
