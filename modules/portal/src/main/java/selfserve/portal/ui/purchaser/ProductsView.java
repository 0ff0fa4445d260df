package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.Comparator;
import java.util.List;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Offer;
import selfserve.commerce.api.Offers;
import selfserve.commerce.api.SubscriptionView;
import selfserve.commerce.api.TrialRequest;
import selfserve.commerce.api.Trials;
import selfserve.commerce.api.Price;
import selfserve.identity.api.Colleagues;
import selfserve.identity.api.EligibilityDecision;
import selfserve.identity.api.IneligibilityReason;
import selfserve.identity.api.Product;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.LicenseRequests;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.PortalSession;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * The products a person may buy by self-service, with their self-service prices in the organization's
 * currency, and for each one they may not, why: in their language, asking them to contact their IT
 * admin, never a bare "forbidden". A product they may buy has a Buy button that opens its Buy page; one the
 * organization's policy keeps them from buying offers "Request a license", and their requests follow.
 */
@Route(value = "products", layout = MainLayout.class)
@Menu(title = "nav.products", order = 10, icon = "vaadin:package")
@PermitAll
public class ProductsView extends VerticalLayout implements HasDynamicTitle {

    private final Formats formats = Formats.of(this);
    private final Trials trials;
    private final LicenseRequests requests;
    private final Colleagues colleagues;
    private final PortalSession session;
    private final MyLicenseRequestsPanel myRequests;

    @Inject
    public ProductsView(Offers offers, Trials trials, LicenseRequests requests, Colleagues colleagues,
                        PortalSession session) {
        this.trials = trials;
        this.requests = requests;
        this.colleagues = colleagues;
        this.session = session;
        this.myRequests = new MyLicenseRequestsPanel(requests);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("products.title"));
        title.setId("products-title");

        Grid<Offer> grid = new Grid<>();
        grid.setId("products-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(o -> o.eligibility().product().name()).setHeader(getTranslation("products.column.product")).setFlexGrow(1);
        grid.addComponentColumn(this::prices).setHeader(getTranslation("products.column.price")).setFlexGrow(1);
        grid.addColumn(o -> buying(o.eligibility().purchase())).setHeader(getTranslation("products.column.buy")).setFlexGrow(2);
        grid.addColumn(this::trying).setHeader(getTranslation("products.column.trial")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("products.column.action"))
                .setFlexGrow(0).setAutoWidth(true);
        grid.setItems(offers.mine());
        grid.setAllRowsVisible(true);

        add(title, new Paragraph(getTranslation("products.intro")), grid, myRequests);
    }

    /** One line per term: "Monthly commitment: $10.00 per license per month". */
    private Component prices(Offer offer) {
        List<Price> prices = selfService(offer);
        if (prices.isEmpty()) {
            return new Span(getTranslation("products.noPrice"));
        }
        Div lines = new Div();
        prices.forEach(price -> lines.add(new Div(getTranslation("products.price", formats.term(price.term()),
                formats.money(price.perLicensePerMonth())))));
        return lines;
    }

    private static List<Price> selfService(Offer offer) {
        return offer.prices().stream().filter(price -> price.channel() == Channel.SELF_SERVICE)
                .sorted(Comparator.comparing(Price::term)).toList();
    }

    private Component actions(Offer offer) {
        return new Div(buyButton(offer), trialButton(offer), requestButton(offer));
    }

    /** Where the organization's policy is why the person may not buy, they may ask for a license instead. */
    private Component requestButton(Offer offer) {
        Product product = offer.eligibility().product();
        boolean policy = offer.eligibility().purchase().refusal().map(IneligibilityReason::isPolicy).orElse(false);
        if (!policy) {
            return new Span();
        }
        Button request = new Button(getTranslation("licenseRequest.open"), click ->
                new RequestLicenseDialog(requests, colleagues, session.caller(), product, myRequests::refresh).open());
        request.setId("request-" + product.id());
        request.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        request.setAriaLabel(getTranslation("licenseRequest.open.label", product.name()));
        return request;
    }

    /**
     * A free trial without payment method, where the product has one and the person may start it. One
     * idempotency key per button, so a double click starts one trial.
     */
    private Component trialButton(Offer offer) {
        var product = offer.eligibility().product();
        if (!product.trialWithoutPaymentMethod() || !offer.eligibility().trial().eligible()) {
            return new Span();
        }
        String idempotencyKey = UUID.randomUUID().toString();
        Button trial = new Button(getTranslation("products.startTrial"), click -> {
            try {
                SubscriptionView started = trials.start(TrialRequest.withoutPaymentMethod(product.id()), idempotencyKey);
                Notification.show(getTranslation("products.trialStarted", product.name(), started.quantity()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(YourProductsView.class));
            } catch (SelfServeException refused) {
                Refusals.show(refused);
            }
        });
        trial.setId("trial-" + product.id());
        trial.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        trial.setAriaLabel(getTranslation("products.startTrial.label", product.name()));
        return trial;
    }

    /** The way to the Buy page, only where the person may buy and a price exists. */
    private Component buyButton(Offer offer) {
        String productId = offer.eligibility().product().id();
        if (!offer.eligibility().purchase().eligible() || selfService(offer).isEmpty()) {
            return new Span();
        }
        Button buy = new Button(getTranslation("products.buy"), click -> getUI().ifPresent(ui ->
                ui.navigate(BuyView.class, new RouteParameters(BuyView.PRODUCT_ID, productId))));
        buy.setId("buy-" + productId);
        buy.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        buy.setAriaLabel(getTranslation("products.buy.label", offer.eligibility().product().name()));
        return buy;
    }

    private String buying(EligibilityDecision decision) {
        return decision.refusal().map(reason -> getTranslation(reason.messageKey()))
                .orElseGet(() -> getTranslation("products.available"));
    }

    private String trying(Offer offer) {
        return offer.eligibility().product().trialWithoutPaymentMethod() ? buying(offer.eligibility().trial())
                : getTranslation("products.noTrial");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.products");
    }
}
