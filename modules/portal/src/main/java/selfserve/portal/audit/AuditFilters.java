package selfserve.portal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import selfserve.audit.api.AuditActions;
import selfserve.audit.api.AuditQuery;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.SelfServeException;

/** The audit log's filters as typed into a URL or a form, checked, with refusals people can read. */
public final class AuditFilters {

    private AuditFilters() {
    }

    /**
     * A point in time: an ISO instant ({@code 2026-11-01T08:00:00Z}) or a day ({@code 2026-11-01}, in UTC). A day
     * as the end of a range includes that whole day. Null or blank: no bound.
     */
    public static Instant time(String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw SelfServeException.invalid("AUDIT_TIME_INVALID", value);
        }
    }

    /** Known action codes in any case; an unknown one is refused. */
    public static Set<String> actions(Collection<String> codes) {
        Set<String> actions = new LinkedHashSet<>();
        for (String code : codes == null ? Set.<String>of() : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String action = code.strip().toUpperCase(Locale.ROOT);
            if (!AuditActions.isKnown(action)) {
                throw SelfServeException.invalid("AUDIT_ACTION_UNKNOWN", code.strip());
            }
            actions.add(action);
        }
        return actions;
    }

    /** The query, or {@code AUDIT_TIME_RANGE_INVALID} when the range ends before it begins. */
    public static AuditQuery query(Instant from, Instant to, String actor, Set<String> actions, String productId,
                                   Set<String> targets) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw SelfServeException.invalid("AUDIT_TIME_RANGE_INVALID");
        }
        return new AuditQuery(from, to, actor, actions, productId, targets);
    }

    /** A product id or alias as the product's id; blank: none; {@code PRODUCT_NOT_FOUND} for an unknown one. */
    public static String product(ProductCatalog catalog, String idOrAlias) {
        if (idOrAlias == null || idOrAlias.isBlank()) {
            return null;
        }
        return catalog.product(idOrAlias.strip()).map(Product::id)
                .orElseThrow(() -> SelfServeException.notFound("PRODUCT_NOT_FOUND", idOrAlias.strip()));
    }
}
