package selfserve.portal.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import selfserve.commerce.api.SpendReports;
import selfserve.licensing.api.Licenses;

/**
 * Gathers the dashboard's figures from the two modules that own them. Each service checks the caller's access
 * to the tenant itself; commerce is asked first, so a caller who may not see the tenant's money is refused with
 * commerce's answer before licensing is read.
 */
@ApplicationScoped
public class SpendDashboard {

    @Inject
    private SpendReports reports;

    @Inject
    private Licenses licenses;

    /** The figures of the tenant ({@code null}: the caller's own). */
    public SpendFigures figures(UUID tenantId) {
        var spend = reports.lastTwelveMonths(tenantId);
        return new SpendFigures(spend, licenses.products(tenantId));
    }
}
