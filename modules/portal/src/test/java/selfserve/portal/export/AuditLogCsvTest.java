package selfserve.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import selfserve.audit.api.AuditItem;
import selfserve.audit.api.AuditLog;
import selfserve.audit.api.AuditPage;
import selfserve.audit.api.AuditPosition;
import selfserve.audit.api.AuditQuery;
import selfserve.audit.api.EventCursor;
import selfserve.audit.api.EventPage;
import selfserve.portal.i18n.Translations;

class AuditLogCsvTest {

    private static final UUID TENANT = UUID.fromString("11111111-0000-0000-0000-000000000001");
    private static final UUID PARTNER = UUID.fromString("11111111-0000-0000-0000-000000000002");
    private static final UUID ENTRY = UUID.fromString("33333333-0000-0000-0000-000000000003");
    private static final Instant AT = Instant.parse("2026-11-22T03:04:05.123456Z");

    @Test
    void writesABomLocalizedColumnsAndActionNamesAndInertCells() {
        String csv = write(Locale.of("sv", "SE"), List.of(
                new AuditItem(7, ENTRY, AT, TENANT, null, "=cmd|' /C calc'!A0@evil.example", PARTNER, "POLICY_CHANGED",
                        "CFQ7TTC0HD32", "CFQ7TTC0HD32", "Enabled", "Disabled, \"for now\"", "it-1"),
                new AuditItem(6, ENTRY, AT, TENANT, null, "selfserve", null, "SUBSCRIPTION_RENEWED", "+sub", null, null, "-12 SEK",
                        "@corr")));

        assertEquals("\uFEFFTid (UTC),Utförare,Partnerorganisationens ID,Åtgärd,Åtgärdskod,Mål,Produkt-ID,Före,Efter,Korrelations-ID\r\n"
                + "2026-11-22T03:04:05.123456Z,'=cmd|' /C calc'!A0@evil.example," + PARTNER
                + ",Självbetjäningsprincip för en produkt ändrad,POLICY_CHANGED,CFQ7TTC0HD32,CFQ7TTC0HD32,Enabled,\"Disabled, \"\"for now\"\"\",it-1\r\n"
                + "2026-11-22T03:04:05.123456Z,selfserve,,Prenumerationen förnyades,SUBSCRIPTION_RENEWED,'+sub,,,'-12 SEK,'@corr\r\n",
                csv);
    }

    @Test
    void theFileNameIsInTheReadersLanguage() {
        assertEquals("审核日志.csv", new AuditLogCsv(new Translations(), Locale.of("zh", "CN")).fileName());
    }

    private static String write(Locale locale, List<AuditItem> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        long rows = new AuditLogCsv(new Translations(), locale).write(new Entries(items), TENANT, AuditQuery.everything(), out,
                progress::add);
        assertEquals(items.size(), rows);
        assertEquals(List.of((long) items.size()), progress);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** An audit log that hands out the given entries. */
    private record Entries(List<AuditItem> items) implements AuditLog {

        @Override
        public void export(UUID tenantId, AuditQuery query, Consumer<AuditItem> sink) {
            items.forEach(sink);
        }

        @Override
        public AuditPage page(UUID tenantId, AuditQuery query, AuditPosition after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditItem> entries(UUID tenantId, AuditQuery query, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EventPage events(UUID tenantId, EventCursor after, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
