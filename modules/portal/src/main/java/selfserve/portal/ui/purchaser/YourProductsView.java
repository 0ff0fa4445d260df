package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import selfserve.commerce.api.SubscriptionStatus;
import selfserve.commerce.api.SubscriptionView;
import selfserve.commerce.api.Subscriptions;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * "Your products": the subscriptions the person bought, newest first; only their own. Each row opens
 * the subscription's own page, where its licenses are changed and it is canceled.
 */
@Route(value = "your-products", layout = MainLayout.class)
@Menu(title = "nav.yourProducts", order = 5, icon = "vaadin:cart-o")
@PermitAll
public class YourProductsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public YourProductsView(Subscriptions subscriptions) {
        addClassName("selfserve-view");
        Formats formats = Formats.of(this);
        H2 title = new H2(getTranslation("yourProducts.title"));
        title.setId("your-products-title");
        add(title, new Paragraph(getTranslation("yourProducts.intro")));

        List<SubscriptionView> mine = subscriptions.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("yourProducts.empty"));
            empty.setId("your-products-empty");
            RouterLink products = new RouterLink(getTranslation("yourProducts.browse"), ProductsView.class);
            products.setId("your-products-browse");
            add(empty, products);
            return;
        }
        Grid<SubscriptionView> grid = new Grid<>();
        grid.setId("your-products-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<SubscriptionView> product = grid.addComponentColumn(YourProductsView::openLink)
                .setHeader(getTranslation("yourProducts.column.product")).setFlexGrow(3);
        grid.addColumn(s -> formats.number(s.quantity())).setHeader(getTranslation("yourProducts.column.quantity")).setFlexGrow(1);
        grid.addColumn(s -> formats.status(s.status())).setHeader(getTranslation("yourProducts.column.status")).setFlexGrow(1);
        grid.addColumn(s -> formats.term(s.term())).setHeader(getTranslation("yourProducts.column.term")).setFlexGrow(2);
        grid.addColumn(s -> formats.money(s.perLicensePerMonth()))
                .setHeader(getTranslation("yourProducts.column.perLicensePerMonth")).setFlexGrow(2);
        grid.addColumn(s -> formats.date(s.startedAt())).setHeader(getTranslation("yourProducts.column.started")).setFlexGrow(2);
        grid.addColumn(s -> renewsOrEnds(s, formats)).setHeader(getTranslation("yourProducts.column.renewsOrEnds")).setFlexGrow(2);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        // A click anywhere on a row opens it; the product's link opens it by itself.
        grid.getStyle().set("cursor", "pointer");
        grid.addItemClickListener(event -> {
            if (event.getColumn() != product) {
                UI.getCurrent().navigate(SubscriptionDetailsView.class, details(event.getItem()));
            }
        });
        add(grid);
    }

    /** The product's name as the link to its subscription's page, with a stable id for each row. */
    private static RouterLink openLink(SubscriptionView subscription) {
        RouterLink link = new RouterLink(subscription.productName(), SubscriptionDetailsView.class, details(subscription));
        link.setId("open-" + subscription.id());
        return link;
    }

    private static RouteParameters details(SubscriptionView subscription) {
        return new RouteParameters(SubscriptionDetailsView.SUBSCRIPTION_ID, subscription.id().toString());
    }

    /**
     * When it renews; a trial without payment method says when it ends (it does not renew), an expired or
     * canceled one when it ended.
     */
    private String renewsOrEnds(SubscriptionView subscription, Formats formats) {
        if (subscription.renews()) {
            return getTranslation("yourProducts.renewsOn", formats.date(subscription.renewsAt()));
        }
        boolean running = subscription.status() == SubscriptionStatus.ACTIVE || subscription.status() == SubscriptionStatus.TRIAL;
        if (running) {
            return getTranslation("yourProducts.endsOn", formats.date(subscription.renewsAt()));
        }
        return getTranslation("yourProducts.endedOn",
                formats.date(subscription.endedAt() != null ? subscription.endedAt() : subscription.renewsAt()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.yourProducts");
    }
}
