package selfserve.commerce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.SpendReport.MonthSpend;
import selfserve.commerce.api.SpendReport.ProductSpend;

class SpendSheetTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);
    private static final SpendWindow WINDOW = SpendWindow.lastMonths(NOW, 12);
    private static final Map<String, String> NAMES = Map.of("PBI", "Power BI Pro", "VISIO", "Visio Plan 2",
            "APPS", "Power Apps per user");

    @Test
    void everyMonthIsThereWithBothChannelsAndZeroWhereNothingWasInvoiced() {
        SpendSheet sheet = new SpendSheet(WINDOW, "SEK");
        sheet.add(YearMonth.of(2026, 5), List.of(sum(Channel.SELF_SERVICE, "PBI", "100.00"),
                sum(Channel.CENTRAL, "VISIO", "1200.00"), sum(Channel.SELF_SERVICE, "VISIO", "50.50")));
        sheet.add(YearMonth.of(2027, 3), List.of(sum(Channel.CENTRAL, "PBI", "10.00")));

        List<MonthSpend> months = sheet.months();

        assertEquals(12, months.size());
        assertEquals(WINDOW.months(), months.stream().map(MonthSpend::month).toList());
        MonthSpend may = months.get(1);
        assertEquals(new Money(new BigDecimal("150.50"), "SEK"), may.selfService());
        assertEquals(new Money(new BigDecimal("1200"), "SEK"), may.central());
        assertEquals(new Money(new BigDecimal("1350.50"), "SEK"), may.total());
        MonthSpend april = months.getFirst();
        assertEquals(new Money(BigDecimal.ZERO, "SEK"), april.selfService());
        assertEquals(new Money(BigDecimal.ZERO, "SEK"), april.central());
        assertEquals(new Money(new BigDecimal("10"), "SEK"), months.getLast().central());
    }

    @Test
    void productsAddUpOverTheMonthsByChannelTheMostSpentFirst() {
        SpendSheet sheet = new SpendSheet(WINDOW, "USD");
        sheet.add(YearMonth.of(2026, 5), List.of(sum(Channel.SELF_SERVICE, "PBI", "100.00"), sum(Channel.CENTRAL, "VISIO", "80.00")));
        sheet.add(YearMonth.of(2026, 6), List.of(sum(Channel.SELF_SERVICE, "PBI", "20.00"), sum(Channel.SELF_SERVICE, "VISIO", "45.00")));

        List<ProductSpend> products = sheet.products(NAMES::get);

        assertEquals(List.of("VISIO", "PBI"), products.stream().map(ProductSpend::productId).toList());
        ProductSpend visio = products.getFirst();
        assertEquals("Visio Plan 2", visio.productName());
        assertEquals(new Money(new BigDecimal("45"), "USD"), visio.selfService());
        assertEquals(new Money(new BigDecimal("80"), "USD"), visio.central());
        assertEquals(new Money(new BigDecimal("125"), "USD"), visio.total());
        assertEquals(new Money(new BigDecimal("120"), "USD"), products.get(1).selfService());
    }

    @Test
    void equalTotalsAreOrderedByNameAndAnUnknownProductIsNamedByItsId() {
        SpendSheet sheet = new SpendSheet(WINDOW, "USD");
        sheet.add(YearMonth.of(2026, 7), List.of(sum(Channel.SELF_SERVICE, "VISIO", "10.00"),
                sum(Channel.SELF_SERVICE, "APPS", "10.00"), sum(Channel.CENTRAL, "GONE", "1.00")));

        List<ProductSpend> products = sheet.products(NAMES::get);

        assertEquals(List.of("Power Apps per user", "Visio Plan 2", "GONE"),
                products.stream().map(ProductSpend::productName).toList());
    }

    @Test
    void anEmptyWindowHasTwelveZeroMonthsAndNoProducts() {
        SpendSheet sheet = new SpendSheet(WINDOW, "TWD");

        assertEquals(12, sheet.months().size());
        assertEquals(0, sheet.months().stream().mapToInt(m -> m.total().amount().signum()).sum());
        assertEquals(List.of(), sheet.products(NAMES::get));
    }

    @Test
    void aMonthOutsideTheWindowIsRefused() {
        SpendSheet sheet = new SpendSheet(WINDOW, "SEK");

        assertThrows(IllegalArgumentException.class, () -> sheet.add(YearMonth.of(2026, 3), List.of()));
        assertThrows(IllegalArgumentException.class, () -> sheet.add(YearMonth.of(2027, 4), List.of()));
    }

    private static SpendSum sum(Channel channel, String product, String amount) {
        return new SpendSum(channel, product, new BigDecimal(amount));
    }
}
