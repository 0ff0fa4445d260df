package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.json;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selfserve.licensing.internal.RequestRetentionRun;

/**
 * License requests are kept for 12 months: moving the clock, a request made 13 months ago is purged
 * by the retention run (with an audit entry) and one made 11 months ago stays; a second run finds nothing.
 */
@ExtendWith(ArquillianExtension.class)
class LicenseRequestRetentionIT extends ClockMovingTest {

    private static final String COPILOT = "CFQ7TTC0MM8R"; // Contoso AB's demo policy keeps it for central buying
    private static final String READER = Api.basic("reader@contoso.se", DemoAccounts.PASSWORD);
    private static final String LICENSES = Api.basic("licenses@contoso.se", DemoAccounts.PASSWORD);
    private static final String ADMIN = Api.basic("admin@contoso.se", DemoAccounts.PASSWORD);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(LicenseRequestRetentionIT.class, ClockMovingTest.class, MovableClock.class,
                Api.class, DemoAccounts.class);
    }

    @Inject
    private RequestRetentionRun retention;

    @Test
    void requestsOlderThanTwelveMonthsArePurgedAndYoungerOnesStay() {
        Instant now = Instant.now();
        clock.setTo(now.atOffset(ZoneOffset.UTC).minusMonths(13).toInstant());
        String old = requestForSelf(READER);
        clock.setTo(now.atOffset(ZoneOffset.UTC).minusMonths(11).toInstant());
        String young = requestForSelf(LICENSES);
        clock.setTo(now);
        long purgedBefore = purgeEntries();

        int purged = retention.purgeExpired();

        assertTrue(purged >= 1, "at least the 13 months old request went: " + purged);
        assertEquals(404, api.get("api/v1/tenant/license-requests/" + old, ADMIN).statusCode());
        assertTrue(Api.array(api.get("api/v1/license-requests", READER)).getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("id").equals(old)), "gone for the requester too");
        assertEquals(0L, count("select count(*) from LIC_LICENSE_REQUEST_LINE where REQUEST_ID = ?", old),
                "its people went with it");
        assertEquals("PENDING", json(api.get("api/v1/tenant/license-requests/" + young, ADMIN)).getString("status"));
        assertTrue(purgeEntries() > purgedBefore, "the purge is audited");
        assertEquals(0, retention.purgeExpired(), "a second run finds nothing");

        // leave nothing pending behind for other classes
        HttpResponse<String> denied = api.postJson("api/v1/tenant/license-requests/" + young + "/decision", ADMIN,
                "{\"approvedUserIds\":[],\"deniedUserIds\":[\"" + me(LICENSES) + "\"]}");
        assertEquals(200, denied.statusCode(), denied.body());
    }

    private String requestForSelf(String authorization) {
        HttpResponse<String> made = api.postJson("api/v1/license-requests", authorization,
                "{\"productId\":\"" + COPILOT + "\",\"userIds\":[\"" + me(authorization) + "\"]}");
        assertEquals(200, made.statusCode(), made.body());
        return json(made).getString("id");
    }

    private UUID me(String authorization) {
        return UUID.fromString(json(api.get("api/v1/me", authorization)).getString("id"));
    }

    private long purgeEntries() {
        return count("select count(*) from AUD_ENTRY where ACTION = ?", "LICENSE_REQUESTS_PURGED");
    }

    private long count(String sql, String parameter) {
        return ((Number) commerce.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
