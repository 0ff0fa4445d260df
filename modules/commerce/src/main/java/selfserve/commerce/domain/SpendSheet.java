package selfserve.commerce.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.SpendReport.MonthSpend;
import selfserve.commerce.api.SpendReport.ProductSpend;

/**
 * Puts the database's sums per month, channel and product into the shape a report shows: every month of the
 * window with both channels (zero where nothing was invoiced), and each product with its total over the
 * window, the most spent first (then by name, so equal products keep one order).
 */
public final class SpendSheet {

    private final SpendWindow window;
    private final String currency;
    private final Map<YearMonth, Map<Channel, BigDecimal>> byMonth = new LinkedHashMap<>();
    private final Map<String, Map<Channel, BigDecimal>> byProduct = new HashMap<>();

    public SpendSheet(SpendWindow window, String currency) {
        this.window = window;
        this.currency = currency;
        window.months().forEach(month -> byMonth.put(month, zeros()));
    }

    /** Adds what was summed for one month; a month outside the window is a mistake of the caller. */
    public void add(YearMonth month, List<SpendSum> sums) {
        Map<Channel, BigDecimal> channels = byMonth.get(month);
        if (channels == null) {
            throw new IllegalArgumentException(month + " is outside " + window);
        }
        for (SpendSum sum : sums) {
            BigDecimal amount = sum.amount() == null ? BigDecimal.ZERO : sum.amount();
            channels.merge(sum.channel(), amount, BigDecimal::add);
            byProduct.computeIfAbsent(sum.productId(), product -> zeros()).merge(sum.channel(), amount, BigDecimal::add);
        }
    }

    /** Every month of the window, oldest first. */
    public List<MonthSpend> months() {
        List<MonthSpend> months = new ArrayList<>();
        byMonth.forEach((month, channels) -> months.add(
                new MonthSpend(month, money(channels.get(Channel.SELF_SERVICE)), money(channels.get(Channel.CENTRAL)))));
        return months;
    }

    /** Each product invoiced in the window, named by {@code names} (its id where it has none), the most first. */
    public List<ProductSpend> products(Function<String, String> names) {
        return byProduct.entrySet().stream()
                .map(entry -> new ProductSpend(entry.getKey(), nameOf(names, entry.getKey()),
                        money(entry.getValue().get(Channel.SELF_SERVICE)), money(entry.getValue().get(Channel.CENTRAL))))
                .sorted(Comparator.comparing((ProductSpend p) -> p.total().amount()).reversed()
                        .thenComparing(ProductSpend::productName).thenComparing(ProductSpend::productId))
                .toList();
    }

    private static String nameOf(Function<String, String> names, String productId) {
        String name = names.apply(productId);
        return name == null ? productId : name;
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }

    private static Map<Channel, BigDecimal> zeros() {
        Map<Channel, BigDecimal> zeros = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            zeros.put(channel, BigDecimal.ZERO);
        }
        return zeros;
    }
}
