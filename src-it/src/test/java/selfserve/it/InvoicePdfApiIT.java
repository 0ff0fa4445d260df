package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An invoice as a PDF over REST: the owner downloads it in their language, with the invoice number
 * in the file name and the Chinese text set in an embedded font; another purchaser of the tenant and
 * another tenant get 404. Relies on the demo data: li.wei@contoso.cn and anna@contoso.se own invoices.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicePdfApiIT {

    private static final String LI_WEI = basic("li.wei@contoso.cn", DemoAccounts.PASSWORD);
    private static final String ANNA = basic("anna@contoso.se", DemoAccounts.PASSWORD);

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
    void theOwnerDownloadsTheInvoiceInTheirLanguage() throws IOException {
        JsonObject invoice = firstInvoice(LI_WEI);

        HttpResponse<byte[]> pdf = download(invoice.getString("id"), LI_WEI, null);

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment"), disposition);
        assertTrue(disposition.contains(invoice.getString("number") + ".pdf"), disposition);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("发票"), "li.wei's saved language is zh-CN: " + text);
            assertTrue(text.contains(invoice.getString("number")), text);
            assertTrue(text.contains(invoice.getString("productName")), text);
            assertTrue(text.contains("Contoso"), "billed to the organization: " + text);
            assertFontsEmbedded(document);
        }
    }

    @Test
    void acceptLanguageChoosesTheLanguageOfThePdf() throws IOException {
        JsonObject invoice = firstInvoice(ANNA);
        for (var expected : List.of(List.of("zh-TW", "發票"), List.of("sv-SE", "Faktura"), List.of("en", "Bill to"))) {
            HttpResponse<byte[]> pdf = download(invoice.getString("id"), ANNA, expected.get(0));
            assertEquals(200, pdf.statusCode());
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains(expected.get(1)), expected + ": " + text);
            }
        }
    }

    @Test
    void anotherPurchaserOrTenantGetsNotFound() {
        String annas = firstInvoice(ANNA).getString("id");

        for (String other : List.of(basic("erik@contoso.se", DemoAccounts.PASSWORD), basic("karin@contoso.se", DemoAccounts.PASSWORD),
                LI_WEI, basic("sam@northwind.com", DemoAccounts.PASSWORD), basic("admin@contoso.se", DemoAccounts.PASSWORD))) {
            HttpResponse<String> refused = api.get("api/v1/invoices/" + annas + "/pdf", other);
            assertEquals(404, refused.statusCode(), refused.body());
            assertEquals("INVOICE_NOT_FOUND", json(refused).getString("code"));
        }
        assertEquals(401, api.send(api.request("api/v1/invoices/" + annas + "/pdf").GET()).statusCode());
    }

    private JsonObject firstInvoice(String authorization) {
        HttpResponse<String> list = api.get("api/v1/invoices", authorization);
        assertEquals(200, list.statusCode(), list.body());
        return Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class).getFirst();
    }

    private HttpResponse<byte[]> download(String invoiceId, String authorization, String language) {
        HttpRequest.Builder request = api.request("api/v1/invoices/" + invoiceId + "/pdf").header("Authorization", authorization)
                .GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertFontsEmbedded(PDDocument document) throws IOException {
        PDResources resources = document.getPage(0).getResources();
        int fonts = 0;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName());
            assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(), font.getName());
            fonts++;
        }
        assertTrue(fonts >= 2, "a Latin and a CJK font");
    }
}
