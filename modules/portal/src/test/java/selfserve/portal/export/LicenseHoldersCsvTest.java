package selfserve.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import selfserve.licensing.api.LicenseHolderRow;
import selfserve.licensing.api.Licenses;
import selfserve.licensing.api.ProductLicenses;
import selfserve.licensing.api.SubscriptionSeats;
import selfserve.portal.i18n.Translations;

class LicenseHoldersCsvTest {

    private static final UUID SUBSCRIPTION = UUID.fromString("22222222-0000-0000-0000-000000000007");
    private static final Instant SINCE = Instant.parse("2026-03-04T23:30:00Z");

    @Test
    void writesABomLocalizedColumnsAndOneQuotedRowPerHolder() {
        String csv = write(Locale.of("sv", "SE"), List.of(
                new LicenseHolderRow("Åsa Öberg", "asa@contoso.se", "CFQ7TTC0H9MP", "Power BI Pro", SUBSCRIPTION,
                        "Anna Svensson", "anna@contoso.se", SINCE),
                new LicenseHolderRow("李伟, Jr", "li.wei@contoso.cn", "CFQ7TTC0H9MP", "Power BI Pro", SUBSCRIPTION, null, null,
                        SINCE)));

        assertEquals("\uFEFFAnvändare,E-post,Produkt,Produkt-ID,Prenumerations-ID,Köpt av,Köparens e-post,"
                + "Tilldelad sedan (UTC)\r\n"
                + "Åsa Öberg,asa@contoso.se,Power BI Pro,CFQ7TTC0H9MP," + SUBSCRIPTION + ",Anna Svensson,anna@contoso.se,"
                + "2026-03-04\r\n"
                + "\"李伟, Jr\",li.wei@contoso.cn,Power BI Pro,CFQ7TTC0H9MP," + SUBSCRIPTION + ",Din organisation (central),,"
                + "2026-03-04\r\n", csv);
    }

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaStaysText() {
        String csv = write(Locale.ENGLISH, List.of(new LicenseHolderRow("=HYPERLINK(\"http://x\")", "+1@x.org",
                "CFQ7TTC0H9MP", "Power BI Pro", SUBSCRIPTION, "@admin", "-p@x.org", SINCE)));

        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",'+1@x.org,Power BI Pro,CFQ7TTC0H9MP," + SUBSCRIPTION
                + ",'@admin,'-p@x.org,2026-03-04", csv.lines().toList().get(1));
    }

    @Test
    void theFileNameIsInTheReadersLanguage() {
        assertEquals("授權.csv", new LicenseHoldersCsv(new Translations(), Locale.TRADITIONAL_CHINESE).fileName());
    }

    private static String write(Locale locale, List<LicenseHolderRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        long written = new LicenseHoldersCsv(new Translations(), locale).write(new Holders(rows), null, List.of(), out,
                progress::add);
        assertEquals(rows.size(), written);
        assertEquals(List.of((long) rows.size()), progress, "the last report is the total");
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Licensing's export as the CSV writer sees it: rows handed over one by one. */
    private record Holders(List<LicenseHolderRow> rows) implements Licenses {

        @Override
        public void export(UUID tenantId, Collection<UUID> subscriptionIds, Consumer<LicenseHolderRow> sink) {
            rows.forEach(sink);
        }

        @Override
        public long exportSize(UUID tenantId, Collection<UUID> subscriptionIds) {
            return rows.size();
        }

        @Override
        public List<ProductLicenses> products(UUID tenantId) {
            return List.of();
        }

        @Override
        public List<SubscriptionSeats> subscriptions(UUID tenantId, String productId) {
            return List.of();
        }
    }
}
