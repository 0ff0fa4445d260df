package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import selfserve.identity.api.Eligibility;
import selfserve.identity.api.EligibilityDecision;
import selfserve.identity.api.ProductEligibility;
import selfserve.portal.ui.MainLayout;

/**
 * The products a person may buy by self-service, and for each one they may not, why: in their
 * language, asking them to contact their IT admin, never a bare "forbidden".
 */
@Route(value = "products", layout = MainLayout.class)
@Menu(title = "nav.products", order = 10, icon = "vaadin:package")
@PermitAll
public class ProductsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public ProductsView(Eligibility eligibility) {
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("products.title"));
        title.setId("products-title");

        Grid<ProductEligibility> grid = new Grid<>();
        grid.setId("products-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(p -> p.product().name()).setHeader(getTranslation("products.column.product")).setFlexGrow(1);
        grid.addColumn(p -> buying(p.purchase())).setHeader(getTranslation("products.column.buy")).setFlexGrow(2);
        grid.addColumn(this::trying).setHeader(getTranslation("products.column.trial")).setFlexGrow(2);
        grid.setItems(eligibility.myProducts());
        grid.setAllRowsVisible(true);

        add(title, new Paragraph(getTranslation("products.intro")), grid);
    }

    private String buying(EligibilityDecision decision) {
        return decision.refusal().map(reason -> getTranslation("eligibility." + reason.name()))
                .orElseGet(() -> getTranslation("products.available"));
    }

    private String trying(ProductEligibility product) {
        return product.product().trialWithoutPaymentMethod() ? buying(product.trial()) : getTranslation("products.noTrial");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.products");
    }
}
