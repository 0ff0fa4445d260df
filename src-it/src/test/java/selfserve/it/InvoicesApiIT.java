package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A purchaser's invoices over REST: the default 3 months, other ranges, and nobody else's. */
@ExtendWith(ArquillianExtension.class)
class InvoicesApiIT {

    private static final String ANNA = basic("anna@contoso.se", DemoAccounts.PASSWORD);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void theDefaultIsThePastThreeMonthsAndSixShowMore() {
        List<JsonObject> three = list(api.get("api/v1/invoices", ANNA));
        List<JsonObject> six = list(api.get("api/v1/invoices?from=" + TODAY.minusMonths(6) + "&to=" + TODAY, ANNA));

        assertTrue(three.stream().anyMatch(i -> i.getString("productName").equals("Power BI Pro")), three::toString);
        assertTrue(three.stream().anyMatch(i -> i.getString("productName").equals("Visio Plan 2")), three::toString);
        assertTrue(six.size() > three.size(), six.size() + " vs " + three.size());
        assertTrue(three.stream().allMatch(i -> !LocalDate.parse(i.getString("issuedAt").substring(0, 10))
                .isBefore(TODAY.minusMonths(3))), three::toString);
    }

    @Test
    void aPurchaseShowsItsInvoiceWithTheAmountCharged() {
        String sam = basic("sam@northwind.com", DemoAccounts.PASSWORD);
        api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/CFQ7TTC0LH3L")
                .header("Authorization", basic("admin@northwind.com", DemoAccounts.PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}")));
        JsonObject receipt = json(api.send(api.request("api/v1/purchases").header("Authorization", sam)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"CFQ7TTC0LH3L\",\"quantity\":4,\"card\":{"
                        + "\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 2)
                        + ",\"securityCode\":\"123\",\"nameOnCard\":\"Sam Carter\"}}"))));

        JsonObject invoice = json(api.get("api/v1/invoices/" + receipt.getString("invoiceId"), sam));

        assertEquals(receipt.getString("invoiceNumber"), invoice.getString("number"));
        assertEquals(4, invoice.getInt("quantity"));
        assertEquals(receipt.getJsonObject("charged"), invoice.getJsonObject("amount"));
        assertTrue(list(api.get("api/v1/invoices", sam)).stream().anyMatch(i -> i.getString("id").equals(invoice.getString("id"))));
    }

    @Test
    void nobodySeesAnotherPersonsInvoice() {
        String annas = list(api.get("api/v1/invoices", ANNA)).getFirst().getString("id");
        String erik = basic("erik@contoso.se", DemoAccounts.PASSWORD);

        HttpResponse<String> refused = api.get("api/v1/invoices/" + annas, erik);
        assertEquals(404, refused.statusCode());
        assertEquals("INVOICE_NOT_FOUND", json(refused).getString("code"));
        assertFalse(api.get("api/v1/invoices?from=" + TODAY.minusMonths(12) + "&to=" + TODAY, erik).body().contains(annas));
    }

    @Test
    void aBadRangeIsRefused() {
        for (String query : List.of("from=2026-10-01&to=2026-09-01", "from=2024-01-01&to=2026-01-01", "from=yesterday")) {
            HttpResponse<String> refused = api.get("api/v1/invoices?" + query, ANNA);
            assertEquals(400, refused.statusCode(), query);
            assertEquals("DATE_RANGE_INVALID", json(refused).getString("code"), query);
        }
    }

    private static List<JsonObject> list(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }
}
