package selfserve.portal.insight;

import java.util.List;
import selfserve.commerce.api.SpendReport;
import selfserve.licensing.api.ProductLicenses;

/**
 * Every figure of the "Spend and utilization" dashboard for one tenant: the money from commerce and the seats
 * bought and assigned per product from licensing (commerce knows nothing of assignments, so they meet here).
 */
public record SpendFigures(SpendReport spend, List<ProductLicenses> seats) {

    public SpendFigures {
        seats = List.copyOf(seats);
    }
}
