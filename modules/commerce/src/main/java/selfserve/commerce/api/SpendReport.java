package selfserve.commerce.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * What a tenant was invoiced, by month, product and purchaser (see {@link SpendReports}). Every amount is in
 * {@code currency}, the tenant's; an invoice counts in the calendar month (UTC) it was issued in.
 *
 * @param from          the first month of the report
 * @param to            the last month of the report: the current one, so far
 * @param asOf          when the report was made
 * @param months        every month from {@code from} to {@code to}, oldest first, zero where nothing was invoiced
 * @param products      each product invoiced in those months, the most spent first
 * @param topPurchasers the people whose self-service purchases cost the most, at most
 *                      {@link SpendReports#TOP_PURCHASERS}, the most first
 */
public record SpendReport(String currency, YearMonth from, YearMonth to, Instant asOf, List<MonthSpend> months,
                          List<ProductSpend> products, List<PurchaserSpend> topPurchasers) {

    public SpendReport {
        months = List.copyOf(months);
        products = List.copyOf(products);
        topPurchasers = List.copyOf(topPurchasers);
    }

    /** What self-service purchases were invoiced over all the months. */
    public Money selfService() {
        return sum(months.stream().map(MonthSpend::selfService).toList());
    }

    /** What central purchases were invoiced over all the months. */
    public Money central() {
        return sum(months.stream().map(MonthSpend::central).toList());
    }

    private Money sum(List<Money> amounts) {
        return new Money(amounts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    /** What was invoiced in one calendar month, by channel. */
    public record MonthSpend(YearMonth month, Money selfService, Money central) {

        public Money total() {
            return new Money(selfService.amount().add(central.amount()), selfService.currency());
        }
    }

    /** What one product was invoiced over the report's months, by channel. */
    public record ProductSpend(String productId, String productName, Money selfService, Money central) {

        public Money total() {
            return new Money(selfService.amount().add(central.amount()), selfService.currency());
        }
    }

    /**
     * What one person's self-service purchases were invoiced over the report's months. Name and email are
     * null for someone identity no longer knows.
     */
    public record PurchaserSpend(UUID purchaserId, String displayName, String email, Money amount) {
    }
}
