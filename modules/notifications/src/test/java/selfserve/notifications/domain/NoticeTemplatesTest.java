package selfserve.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import selfserve.commerce.api.Money;
import selfserve.identity.api.SupportedLocale;
import selfserve.notifications.api.NoticeKind;

/** Notices rendered from the real bundles: each language's wording and formats, and nothing unescaped in HTML. */
class NoticeTemplatesTest {

    private static final Instant MARCH_5 = Instant.parse("2027-03-05T10:00:00Z");
    private final NoticeTemplates templates = new NoticeTemplates(new BundleWording());

    private static Facts receipt(String product, String currency) {
        return new Facts().text("product", product).number("quantity", 3)
                .amount("amount", new Money(new BigDecimal("1234.50"), currency)).day("renewsOn", MARCH_5);
    }

    @Test
    void aReceiptInSwedishUsesSwedishWordsCrownsAndDates() {
        RenderedMail mail = templates.mail(NoticeKind.PURCHASE_RECEIPT, receipt("Power BI Pro", "SEK"), SupportedLocale.SWEDISH,
                "Anna Svensson", "Contoso AB");
        assertEquals("Ditt kvitto: Power BI Pro", mail.subject());
        assertAll(
                () -> assertTrue(mail.text().startsWith("Hej Anna Svensson!"), mail.text()),
                () -> assertTrue(mail.text().contains("Tack för ditt köp av Power BI Pro. Licenser: 3."), mail.text()),
                () -> assertTrue(mail.text().contains("1\u00a0234,50\u00a0kr"), mail.text()),
                () -> assertTrue(mail.text().contains("5 mars 2027"), mail.text()),
                () -> assertTrue(mail.text().contains("hos Contoso AB"), mail.text()),
                () -> assertTrue(mail.html().contains("<html lang=\"sv-SE\">"), mail.html()),
                () -> assertTrue(mail.html().contains("1\u00a0234,50\u00a0kr"), mail.html()));
    }

    @Test
    void aReceiptInSimplifiedChineseUsesYuanAndChineseDates() {
        RenderedMail mail = templates.mail(NoticeKind.PURCHASE_RECEIPT, receipt("Power BI Pro", "CNY"),
                SupportedLocale.SIMPLIFIED_CHINESE, "李伟", "Contoso China");
        assertEquals("你的收据：Power BI Pro", mail.subject());
        assertAll(
                () -> assertTrue(mail.text().startsWith("李伟，你好："), mail.text()),
                () -> assertTrue(mail.text().contains("¥1,234.50"), mail.text()),
                () -> assertTrue(mail.text().contains("2027年3月5日"), mail.text()),
                () -> assertTrue(mail.text().contains("许可证数量：3"), mail.text()));
    }

    @Test
    void aReceiptInTraditionalChineseUsesTraditionalWords() {
        RenderedMail mail = templates.mail(NoticeKind.PURCHASE_RECEIPT, receipt("Visio Plan 2", "TWD"),
                SupportedLocale.TRADITIONAL_CHINESE, "陳美", "Contoso Taiwan");
        assertEquals("您的收據：Visio Plan 2", mail.subject());
        assertAll(
                () -> assertTrue(mail.text().contains("授權數量：3"), mail.text()),
                () -> assertTrue(mail.text().contains("1,234.50"), mail.text()),
                () -> assertTrue(mail.text().contains("2027年3月5日"), mail.text()));
    }

    @Test
    void aReceiptInEnglishUsesTheTenantsCurrency() {
        RenderedMail mail = templates.mail(NoticeKind.PURCHASE_RECEIPT, receipt("Power BI Pro", "USD"), SupportedLocale.ENGLISH,
                "Sam", "Northwind Traders");
        assertEquals("Your receipt: Power BI Pro", mail.subject());
        assertTrue(mail.text().contains("$1,234.50"), mail.text());
        assertTrue(mail.text().contains("Mar 5, 2027"), mail.text());
    }

    @ParameterizedTest
    @EnumSource(SupportedLocale.class)
    void userSuppliedTextIsEscapedInHtmlAndKeptAsWrittenInPlainText(SupportedLocale language) {
        String name = "<b>Anna</b> & \"Co\" 'x'";
        String product = "<script>alert(1)</script>";
        Facts facts = new Facts().text("product", product).text("admin", "<img src=x onerror=alert(2)>").number("quantity", 2)
                .note("<a href=\"https://evil.example\">click</a>");
        RenderedMail mail = templates.mail(NoticeKind.CANCELED_BY_ADMIN, facts, language, name, "<i>Contoso</i>");
        assertAll(
                () -> assertFalse(mail.html().contains("<script>"), mail.html()),
                () -> assertFalse(mail.html().contains("<img"), mail.html()),
                () -> assertFalse(mail.html().contains("<a href"), mail.html()),
                () -> assertFalse(mail.html().contains("<b>Anna"), mail.html()),
                () -> assertFalse(mail.html().contains("<i>Contoso"), mail.html()),
                () -> assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), mail.html()),
                () -> assertTrue(mail.html().contains("&lt;b&gt;Anna&lt;/b&gt; &amp; &quot;Co&quot; &#39;x&#39;"), mail.html()),
                () -> assertTrue(mail.html().contains("&lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt;"),
                        mail.html()),
                () -> assertTrue(mail.html().contains("<title>" + Html.escape(mail.subject()) + "</title>"), mail.html()),
                () -> assertTrue(mail.text().contains(product), mail.text()),
                () -> assertTrue(mail.text().contains(name), mail.text()),
                () -> assertTrue(mail.text().contains("<a href=\"https://evil.example\">click</a>"), mail.text()));
    }

    /** Every kind in every language: a subject and body with each of its facts filled in, nothing left over. */
    @ParameterizedTest
    @EnumSource(SupportedLocale.class)
    void everyKindIsWordedInEveryLanguage(SupportedLocale language) {
        for (NoticeKind kind : NoticeKind.values()) {
            Facts facts = new Facts();
            for (String fact : kind.facts()) {
                switch (fact) {
                    case "amount" -> facts.amount(fact, new Money(new BigDecimal("99.00"), "EUR"));
                    case "renewsOn", "endsOn", "on" -> facts.day(fact, MARCH_5);
                    case "reason" -> facts.key(fact, "notice.decline.EXPIRED_CARD");
                    case "quantity", "previousQuantity", "users" -> facts.number(fact, 7);
                    default -> facts.text(fact, "«" + fact + "»");
                }
            }
            RenderedMail mail = templates.mail(kind, facts, language, "Pat", "Fabrikam");
            for (String fact : kind.facts()) {
                if (!fact.equals("amount") && !fact.equals("reason") && !fact.startsWith("renews") && !fact.equals("endsOn")
                        && !fact.equals("on") && !fact.contains("uantity") && !fact.equals("users")) {
                    assertTrue((mail.subject() + mail.text()).contains("«" + fact + "»"),
                            kind + " in " + language.tag() + " does not say its " + fact + ": " + mail.text());
                }
            }
            assertFalse(mail.subject().isBlank(), kind + " " + language.tag());
            assertFalse(mail.text().contains("{") || mail.subject().contains("{"), kind + " " + language.tag() + ": " + mail.text());
            assertEquals(kind.facts().contains("amount"), mail.text().contains("99"), kind + " " + language.tag());
        }
    }

    @Test
    void theInAppTextIsTheBodyWithTheNoteAsItsOwnParagraph() {
        Facts facts = new Facts().text("product", "Visio Plan 2").text("admin", "Karin").note("Welcome aboard");
        assertEquals("Karin approved your request for a license for Visio Plan 2.\n\nTheir message: Welcome aboard",
                templates.body(NoticeKind.LICENSE_REQUEST_APPROVED, facts, SupportedLocale.ENGLISH));
        assertEquals("Your license request for Visio Plan 2 was approved",
                templates.subject(NoticeKind.LICENSE_REQUEST_APPROVED, facts, SupportedLocale.ENGLISH));
    }
}
