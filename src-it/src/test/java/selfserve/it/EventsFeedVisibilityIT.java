package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selfserve.audit.api.AuditRecord;
import selfserve.audit.api.AuditTrail;
import selfserve.audit.api.EventCursor;

/**
 * The events feed's visibility rule, with real concurrent transactions: an entry whose number was drawn but
 * whose transaction has not committed holds back the entries numbered after it, so a follower never moves its
 * cursor past an entry that is still to appear; once it commits, both come in number order. A number whose
 * transaction rolled back holds the feed only until the settle time has passed (the clock is moved).
 */
@ExtendWith(ArquillianExtension.class)
class EventsFeedVisibilityIT {

    private static final String TW_ADMIN = basic("admin@contoso.tw", DemoAccounts.PASSWORD);
    private static final String POLICY = "api/v1/policies/AllowSelfServicePurchase/products/CFQ7TTC0HDB0";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(EventsFeedVisibilityIT.class, MovableClock.class, Api.class, DemoAccounts.class);
    }

    @Inject
    @ConfigProperty(name = "selfserve.http.port")
    private String port;

    @Inject
    private MovableClock clock;

    @Inject
    private AuditTrail trail;

    @PersistenceContext(unitName = "audit")
    private EntityManager audit;

    @Resource
    private UserTransaction transaction;

    private Api api;
    private UUID taiwan;
    private String start;

    /** Where a follower stands that has read everything so far, past the gaps earlier tests may have left. */
    @BeforeEach
    void connect() throws Exception {
        api = new Api(new URL("http://localhost:" + port + "/"));
        taiwan = UUID.fromString(json(api.get("api/v1/me", TW_ADMIN)).getJsonObject("tenant").getString("id"));
        clock.setTo(Instant.now().plusSeconds(241));
        start = drain(null).cursor();
        clock.setTo(Instant.now());
    }

    @AfterEach
    void backToNow() {
        clock.setTo(Instant.now());
    }

    @Test
    void anUncommittedEntryHoldsBackTheOnesAfterItUntilItCommits() throws Exception {
        String cursor = start;

        transaction.begin();
        String slow;
        try {
            slow = "it-slow-" + UUID.randomUUID();
            trail.record(new AuditRecord(taiwan, null, "it-visibility", null, "POLICY_CHANGED", slow, null, "slow"));
            audit.flush(); // its number is drawn now; the row stays invisible to others until commit
            long slowNumber = ((Number) audit.createNativeQuery("select SEQ from AUD_ENTRY where TARGET = ?")
                    .setParameter(1, slow).getSingleResult()).longValue();

            String quick = changePolicy(); // commits at once, with a higher number
            Page meanwhile = drain(cursor);
            assertTrue(meanwhile.targets().isEmpty(), () -> "nothing after the open entry: " + meanwhile.targets());
            assertTrue(EventCursor.decode(meanwhile.cursor()).sequence() < slowNumber, "the cursor stays before the open entry");
            assertEquals(1L, count(quick), "the later entry is committed and visible in the table");
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        Page after = drain(cursor);
        assertEquals(List.of(slow, "CFQ7TTC0HDB0"), after.targets(), "both, in number order");
    }

    @Test
    void aRolledBackNumberHoldsTheFeedOnlyUntilTheSettleTimeHasPassed() throws Exception {
        String cursor = start;
        transaction.begin();
        trail.record(new AuditRecord(taiwan, null, "it-visibility", null, "POLICY_CHANGED", "it-rolled-back", null, null));
        audit.flush();
        transaction.rollback(); // the number is gone for good

        changePolicy();
        assertTrue(drain(cursor).targets().isEmpty(), "a fresh gap may still fill");

        clock.advance(Duration.ofSeconds(241));
        assertEquals(List.of("CFQ7TTC0HDB0"), drain(cursor).targets(), "past the settle time the gap is passed");
    }

    /** What a follower got: the events' targets and the cursor to go on with. */
    private record Page(List<String> targets, String cursor) {
    }

    private Page drain(String cursor) {
        List<String> targets = new ArrayList<>();
        JsonObject page;
        do {
            HttpResponse<String> response = api.get("api/v1/events?limit=500" + (cursor == null ? "" : "&after=" + cursor),
                    TW_ADMIN);
            assertEquals(200, response.statusCode(), response.body());
            page = json(response);
            page.getJsonArray("events").getValuesAs(JsonObject.class).forEach(e -> targets.add(e.getString("target")));
            cursor = page.getString("cursor");
        } while (page.getBoolean("more"));
        return new Page(targets, cursor);
    }

    /** A real event by Taiwan's admin, committed in its own request; returns its correlation id. */
    private String changePolicy() {
        String correlationId = "it-" + UUID.randomUUID();
        String value = json(api.get(POLICY, TW_ADMIN)).getString("policyValue");
        HttpResponse<String> changed = api.send(api.request(POLICY).header("Authorization", TW_ADMIN)
                .header("X-Correlation-Id", correlationId).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"" + value + "\"}")));
        assertEquals(200, changed.statusCode(), changed.body());
        return correlationId;
    }

    private long count(String correlationId) {
        return ((Number) audit.createNativeQuery("select count(*) from AUD_ENTRY where CORRELATION_ID = ?")
                .setParameter(1, correlationId).getSingleResult()).longValue();
    }
}
