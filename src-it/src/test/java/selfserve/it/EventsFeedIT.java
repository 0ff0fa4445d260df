package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The events feed (issue 7) followed as a SIEM would: from where it stood, page by page with the cursor of
 * each answer, Contoso Taiwan's admin sees the policy changes just made, in order, each once, and nothing
 * that is no event (a token) or another tenant's (Northwind's change, which its partner sees in Northwind's
 * feed). Runs in the server with a movable clock only to pass gaps that earlier tests' rolled-back
 * transactions may have left in the numbers (the feed waits out such a gap for the settle time).
 */
@ExtendWith(ArquillianExtension.class)
class EventsFeedIT {

    private static final String EVENTS = "api/v1/events";
    private static final String TW_ADMIN = basic("admin@contoso.tw", DemoAccounts.PASSWORD);
    private static final String NORTHWIND_ADMIN = basic("admin@northwind.com", DemoAccounts.PASSWORD);
    private static final String AGENT = basic("agent@fabrikam-partners.com", DemoAccounts.PASSWORD);
    private static final String POLICY = "api/v1/policies/AllowSelfServicePurchase/products/";
    private static final String PROJECT_PLAN_3 = "CFQ7TTC0HDB0";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(EventsFeedIT.class, MovableClock.class, Api.class, DemoAccounts.class);
    }

    @Inject
    @ConfigProperty(name = "selfserve.http.port")
    private String port;

    @Inject
    private MovableClock clock;

    private Api api;
    private String taiwanCursor;
    private String northwindCursor;

    /** Follows both feeds to their end with every gap left so far settled, as a follower that started long ago. */
    @BeforeEach
    void connect() throws Exception {
        api = new Api(new URL("http://localhost:" + port + "/"));
        clock.setTo(Instant.now().plusSeconds(241));
        taiwanCursor = follow(TW_ADMIN, "", null, 500).cursor();
        northwindCursor = follow(AGENT, "&tenantId=" + json(api.get("api/v1/me", NORTHWIND_ADMIN)).getJsonObject("tenant")
                .getString("id"), null, 500).cursor();
        clock.setTo(Instant.now());
    }

    @AfterEach
    void backToNow() {
        clock.setTo(Instant.now());
    }

    /** What a follower read: the events and the cursor to go on with. */
    private record Followed(List<JsonObject> events, String cursor) {
    }

    @Test
    void aFollowerSeesEachNewEventOnceInOrderAndOnlyItsTenants() throws InterruptedException {
        String taiwan = json(api.get("api/v1/me", TW_ADMIN)).getJsonObject("tenant").getString("id");
        String northwind = json(api.get("api/v1/me", NORTHWIND_ADMIN)).getJsonObject("tenant").getString("id");
        String cursor = taiwanCursor;

        String before = json(api.get(POLICY + PROJECT_PLAN_3, TW_ADMIN)).getString("policyValue");
        List<String> values = List.of("Disabled", "Enabled", "Disabled", before);
        for (String value : values) {
            assertEquals(200, put(TW_ADMIN, POLICY + PROJECT_PLAN_3, "{\"policyValue\":\"" + value + "\"}").statusCode());
            assertEquals(201, api.postJson("api/v1/tokens", TW_ADMIN, "{\"label\":\"no event\"}").statusCode());
        }
        String northwindBefore = json(api.get(POLICY + PROJECT_PLAN_3, NORTHWIND_ADMIN)).getString("policyValue");
        assertEquals(200, put(NORTHWIND_ADMIN, POLICY + PROJECT_PLAN_3, "{\"policyValue\":\"" + northwindBefore + "\"}")
                .statusCode());

        List<JsonObject> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 30 && seen.size() < values.size(); attempt++) {
            Followed followed = follow(TW_ADMIN, "", cursor, 1); // a page of one: every step goes through the cursor
            seen.addAll(followed.events());
            cursor = followed.cursor();
            if (seen.size() < values.size()) {
                Thread.sleep(1000);
            }
        }

        assertEquals(values, seen.stream().map(e -> e.getString("after")).toList(), "the changes, in order");
        assertTrue(seen.stream().allMatch(e -> e.getString("type").equals("POLICY_CHANGED")
                && e.getString("target").equals(PROJECT_PLAN_3) && e.getString("tenantId").equals(taiwan)
                && e.getString("actorName").equals("admin@contoso.tw")), seen::toString);
        assertIncreasing(seen);
        JsonObject idle = json(api.get(EVENTS + "?after=" + cursor, TW_ADMIN));
        assertTrue(idle.getJsonArray("events").isEmpty(), "nothing new, nothing twice");
        assertFalse(idle.getBoolean("more"));

        List<JsonObject> partner = follow(AGENT, "&tenantId=" + northwind, northwindCursor, 500).events();
        assertEquals(1, partner.stream().filter(e -> e.getString("target").equals(PROJECT_PLAN_3)
                && e.getString("actorName").equals("admin@northwind.com")).count(), partner::toString);
        assertTrue(partner.stream().allMatch(e -> e.getString("tenantId").equals(northwind)));
    }

    @Test
    void smallAndLargePagesReadTheSameFeedWithoutGapsOrRepeats() {
        String before = json(api.get(POLICY + PROJECT_PLAN_3, TW_ADMIN)).getString("policyValue");
        for (String value : List.of("Disabled", "Enabled", "Disabled", "Enabled", before)) {
            assertEquals(200, put(TW_ADMIN, POLICY + PROJECT_PLAN_3, "{\"policyValue\":\"" + value + "\"}").statusCode());
        }
        clock.setTo(Instant.now().plusSeconds(241)); // from the start, past any gap earlier tests left
        List<String> large = follow(TW_ADMIN, "", null, 500).events().stream().map(e -> e.getString("id")).toList();
        List<String> small = follow(TW_ADMIN, "", null, 3).events().stream().map(e -> e.getString("id")).toList();
        assertTrue(large.size() >= 5, "at least the changes above: " + large.size());
        int common = Math.min(large.size(), small.size()); // events written in between come last
        assertEquals(large.subList(0, common), small.subList(0, common));
        assertEquals(new HashSet<>(small).size(), small.size());
    }

    @Test
    void aBadCursorOrLimitIsRefused() {
        HttpResponse<String> bad = api.get(EVENTS + "?after=bm9wZQ", TW_ADMIN);
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("EVENTS_CURSOR_INVALID", json(bad).getString("code"));
        assertEquals("PAGE_LIMIT_INVALID", json(api.get(EVENTS + "?limit=0", TW_ADMIN)).getString("code"));
        assertEquals("PAGE_LIMIT_INVALID", json(api.get(EVENTS + "?limit=501", TW_ADMIN)).getString("code"));
    }

    /** Reads from {@code cursor} (null: the start) page by page until the feed says there is no more now. */
    private Followed follow(String authorization, String tenant, String cursor, int limit) {
        List<JsonObject> events = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        JsonObject page;
        do {
            HttpResponse<String> response = api.get(EVENTS + "?limit=" + limit + tenant
                    + (cursor == null ? "" : "&after=" + cursor), authorization);
            assertEquals(200, response.statusCode(), response.body());
            page = json(response);
            events.addAll(page.getJsonArray("events").getValuesAs(JsonObject.class));
            cursor = page.getString("cursor");
            assertTrue(cursors.add(cursor) || !page.getBoolean("more"), "the cursor moves on while there is more");
        } while (page.getBoolean("more"));
        assertIncreasing(events);
        return new Followed(events, cursor);
    }

    private static void assertIncreasing(List<JsonObject> events) {
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).getJsonNumber("sequence").longValue() < events.get(i).getJsonNumber("sequence").longValue(),
                    events::toString);
        }
    }

    private HttpResponse<String> put(String authorization, String path, String json) {
        return api.send(api.request(path).header("Authorization", authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
