package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.SpendReport;
import selfserve.commerce.api.SpendReport.PurchaserSpend;
import selfserve.commerce.api.SpendReports;
import selfserve.commerce.domain.SpendSheet;
import selfserve.commerce.domain.SpendWindow;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.AdminScope.Person;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Roles;
import selfserve.identity.api.TenantRef;

/**
 * The spend report: one aggregate query per month of the window and one for the ranking, each summed by the
 * database over the tenant's invoices in its currency (an invoice in another currency, from before a change of
 * the tenant's currency, is left out rather than added to a different unit). Reading only: no audit entry.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class SpendReportsBean implements SpendReports {

    @Inject
    private AdminScope scope;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private CommerceRepository repository;

    @Inject
    private Clock clock;

    @Override
    public SpendReport lastTwelveMonths(UUID tenantId) {
        TenantRef tenant = scope.require(tenantId, TenantPurchasesBean.READERS);
        String currency = scope.currency(tenant.id(), TenantPurchasesBean.READERS);
        var asOf = clock.instant();
        SpendWindow window = SpendWindow.lastMonths(Clock.fixed(asOf, clock.getZone()), MONTHS);

        SpendSheet sheet = new SpendSheet(window, currency);
        for (YearMonth month : window.months()) {
            sheet.add(month, repository.spendByChannelAndProduct(tenant.id(), currency, SpendWindow.startOf(month),
                    SpendWindow.startOf(month.plusMonths(1))));
        }
        Map<String, String> names = catalog.products().stream().collect(Collectors.toMap(Product::id, Product::name));
        return new SpendReport(currency, window.first(), window.last(), asOf, sheet.months(), sheet.products(names::get),
                topPurchasers(tenant, currency, window));
    }

    private List<PurchaserSpend> topPurchasers(TenantRef tenant, String currency, SpendWindow window) {
        List<Object[]> rows = repository.topSelfServicePurchasers(tenant.id(), currency, window.start(), window.end(),
                TOP_PURCHASERS);
        Map<UUID, Person> people = scope.people(tenant.id(), rows.stream().map(row -> UUID.fromString((String) row[0]))
                .collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            UUID id = UUID.fromString((String) row[0]);
            Person person = people.get(id);
            return new PurchaserSpend(id, person == null ? null : person.displayName(), person == null ? null : person.email(),
                    new Money((BigDecimal) row[1], currency));
        }).toList();
    }
}
