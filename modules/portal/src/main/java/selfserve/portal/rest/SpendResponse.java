package selfserve.portal.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.SpendReport;
import selfserve.licensing.api.ProductLicenses;
import selfserve.portal.insight.SpendFigures;

/** The figures of the "Spend and utilization" dashboard, as the plots show them. */
@Schema(name = "Spend", description = "What the tenant was invoiced over the last 12 calendar months (UTC) and the "
        + "seats of its running subscriptions. Every amount is in the tenant's currency.")
public record SpendResponse(
        @Schema(examples = "SEK") String currency,
        @Schema(description = "The first month of the report (yyyy-MM)", examples = "2026-01") String from,
        @Schema(description = "The last month of the report, the current one so far (yyyy-MM)", examples = "2026-12")
        String to,
        @Schema(description = "When the figures were computed") Instant asOf,
        @Schema(description = "Self-service invoiced over all the months") BigDecimal selfServiceTotal,
        @Schema(description = "Central (invoiced to the organization) over all the months") BigDecimal centralTotal,
        @Schema(description = "Every month of the report, oldest first; zero where nothing was invoiced")
        List<Month> months,
        @Schema(description = "Each product invoiced in those months, the most spent first") List<Product> products,
        @Schema(description = "Seats bought (running subscriptions) and assigned per product") List<Seats> seats,
        @Schema(description = "The at most 10 people whose self-service purchases were invoiced the most, the most "
                + "first; equal amounts by purchaser id") List<Purchaser> topPurchasers) {

    /** One calendar month (UTC): what was invoiced in it, by channel. */
    @Schema(name = "SpendMonth")
    public record Month(@Schema(examples = "2026-03") String month, BigDecimal selfService, BigDecimal central,
                        BigDecimal total) {

        static Month of(SpendReport.MonthSpend month) {
            return new Month(text(month.month()), month.selfService().amount(), month.central().amount(),
                    month.total().amount());
        }
    }

    /** One product over the report's months, by channel. */
    @Schema(name = "SpendProduct")
    public record Product(String productId, String productName, BigDecimal selfService, BigDecimal central,
                          BigDecimal total) {

        static Product of(SpendReport.ProductSpend product) {
            return new Product(product.productId(), product.productName(), product.selfService().amount(),
                    product.central().amount(), product.total().amount());
        }
    }

    /** One product's seats: bought on its running subscriptions, assigned to people, and free. */
    @Schema(name = "SpendSeats")
    public record Seats(String productId, String productName, long bought, long assigned, long free) {

        static Seats of(ProductLicenses product) {
            return new Seats(product.productId(), product.productName(), product.available(), product.assigned(),
                    product.free());
        }
    }

    /** One purchaser and what their self-service purchases were invoiced over the report's months. */
    @Schema(name = "SpendPurchaser")
    public record Purchaser(UUID purchaserId,
                            @Schema(description = "Absent for someone no longer in the directory") String displayName,
                            String email, BigDecimal amount) {

        static Purchaser of(SpendReport.PurchaserSpend purchaser) {
            return new Purchaser(purchaser.purchaserId(), purchaser.displayName(), purchaser.email(),
                    purchaser.amount().amount());
        }
    }

    static SpendResponse of(SpendFigures figures) {
        SpendReport spend = figures.spend();
        return new SpendResponse(spend.currency(), text(spend.from()), text(spend.to()), spend.asOf(),
                spend.selfService().amount(), spend.central().amount(),
                spend.months().stream().map(Month::of).toList(), spend.products().stream().map(Product::of).toList(),
                figures.seats().stream().map(Seats::of).toList(), spend.topPurchasers().stream().map(Purchaser::of).toList());
    }

    private static String text(YearMonth month) {
        return month.toString();
    }
}
