package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Offer;
import selfserve.commerce.api.Offers;
import selfserve.commerce.api.PaymentMethods;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.PurchaseRequest;
import selfserve.commerce.api.Purchases;
import selfserve.commerce.api.Receipt;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Directory;
import selfserve.identity.api.IneligibilityReason;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.security.AfterSignIn;
import selfserve.portal.ui.Brand;
import selfserve.portal.ui.LanguageSwitcher;
import selfserve.portal.ui.PortalSession;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.SignedIn;
import selfserve.portal.ui.purchaser.buy.BuyForm;
import selfserve.portal.ui.purchaser.buy.EmailStep;
import selfserve.portal.ui.purchaser.buy.Formats;
import selfserve.portal.ui.purchaser.buy.ReceiptPanel;

/**
 * The Buy page of one product, at an address anyone may be sent to, so it stands on its own like
 * the sign-in page. Someone not signed in gives their work email first: an email of no organization is
 * told so; anyone else signs in and comes back here. Signed in, the person sees why they may not buy, or
 * chooses licenses, term and card, confirms, and gets the receipt. The purchase service decides and
 * refuses with its codes; the page shows the refusal in the person's language.
 *
 * <p>One idempotency key per page and product: a second click or a retry of the same purchase never buys
 * twice (the service answers the first receipt again). A refused purchase leaves nothing behind, so the
 * same key serves the corrected attempt.
 */
@Route("buy/:" + BuyView.PRODUCT_ID)
@AnonymousAllowed
public class BuyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PRODUCT_ID = "productId";
    private static final String PRODUCT_NOT_FOUND = "PRODUCT_NOT_FOUND";

    private final Offers offers;
    private final PaymentMethods paymentMethods;
    private final Purchases purchases;
    private final Directory directory;
    private final PortalSession session;
    private final Clock clock;
    private final VerticalLayout content = new VerticalLayout();
    private String productId;
    private String productName;
    private String idempotencyKey = UUID.randomUUID().toString();

    @Inject
    public BuyView(Offers offers, PaymentMethods paymentMethods, Purchases purchases, Directory directory,
                   PortalSession session, Clock clock) {
        this.offers = offers;
        this.paymentMethods = paymentMethods;
        this.purchases = purchases;
        this.directory = directory;
        this.session = session;
        this.clock = clock;
        addClassName("selfserve-login");
        setAlignItems(FlexComponent.Alignment.CENTER);

        content.setPadding(false);
        LanguageSwitcher languages = new LanguageSwitcher(language -> {
            if (SignedIn.now()) {
                session.choose(language);
            } else {
                PortalSession.show(language);
            }
        });
        Div card = new Div(Brand.create(), content);
        card.addClassName("selfserve-login-card");
        card.setWidth("min(44rem, 100%)");
        card.getStyle().set("box-sizing", "border-box");
        add(languages, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get(PRODUCT_ID).orElse("");
        if (productId != null && !productId.equals(requested)) {
            idempotencyKey = UUID.randomUUID().toString(); // another product is another purchase
        }
        productId = requested;
        productName = null;
        content.removeAll();
        if (SignedIn.now()) {
            showOffer();
        } else {
            showEmailStep();
        }
    }

    /** Not signed in: the work email first. */
    private void showEmailStep() {
        EmailStep step = new EmailStep();
        step.addContinueListener(event -> {
            if (!directory.isUser(event.email())) {
                step.showUnknown();
                return;
            }
            if (VaadinSession.getCurrent().getSession() instanceof WrappedHttpSession http) {
                AfterSignIn.remember(http.getHttpSession(), "buy/" + productId);
            }
            UI.getCurrent().getPage().setLocation("login");
        });
        content.add(step);
    }

    private void showOffer() {
        Caller caller = session.caller();
        Span who = new Span(getTranslation("header.signedInAs", caller.displayName(), caller.tenant().name()));
        who.setId("buy-signed-in-user");
        who.addClassName("selfserve-user");
        RouterLink back = new RouterLink(getTranslation("buy.back"), ProductsView.class);
        back.setId("buy-back");
        content.add(who);

        Offer offer;
        try {
            offer = offers.mine(productId);
        } catch (SelfServeException refused) {
            if (PRODUCT_NOT_FOUND.equals(refused.code())) {
                Paragraph notFound = new Paragraph(getTranslation("buy.notFound"));
                notFound.setId("buy-not-found");
                content.add(new H2(getTranslation("error.notFound.title")), notFound, back);
            } else {
                Paragraph message = new Paragraph(Refusals.message(refused));
                message.setId("buy-refused");
                content.add(message, back);
            }
            return;
        }
        productName = offer.eligibility().product().name();
        H2 title = new H2(getTranslation("buy.title", productName));
        title.setId("buy-title");
        content.add(title);

        Optional<IneligibilityReason> refusal = offer.eligibility().purchase().refusal();
        if (refusal.isPresent()) {
            Paragraph refused = new Paragraph(getTranslation(refusal.get().messageKey()));
            refused.setId("buy-refused");
            content.add(refused, back);
            return;
        }
        List<Price> prices = offer.prices().stream().filter(price -> price.channel() == Channel.SELF_SERVICE).toList();
        if (prices.isEmpty()) {
            Paragraph noPrice = new Paragraph(getTranslation("buy.noPrice"));
            noPrice.setId("buy-no-price");
            content.add(noPrice, back);
            return;
        }
        BuyForm form = new BuyForm(prices, paymentMethods.mine(), Year.now(clock).getValue());
        form.addBuyListener(event -> confirm(offer, form));
        content.add(new Paragraph(getTranslation("buy.intro")), form, back);
    }

    /** Asks before money moves, showing exactly what will be bought and charged. */
    private void confirm(Offer offer, BuyForm form) {
        Formats formats = Formats.of(this);
        DescriptionList summary = new DescriptionList();
        summary.addClassName("selfserve-facts");
        summary.add(new DescriptionList.Term(getTranslation("buy.receipt.product")), new Description(productName),
                new DescriptionList.Term(getTranslation("buy.receipt.quantity")), new Description(formats.number(form.quantity())),
                new DescriptionList.Term(getTranslation("buy.receipt.term")), new Description(formats.term(form.term())),
                new DescriptionList.Term(getTranslation("buy.receipt.perLicensePerMonth")),
                new Description(formats.money(form.perLicensePerMonth())),
                new DescriptionList.Term(getTranslation("buy.confirm.total")), new Description(formats.money(form.total())),
                new DescriptionList.Term(getTranslation("buy.receipt.card")), new Description(form.paymentSummary()));

        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("buy-confirm");
        dialog.setHeader(getTranslation("buy.confirm.header"));
        dialog.setText(new Div(new Paragraph(getTranslation("buy.confirm.text")), summary));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("buy.confirm.buy"));
        dialog.addConfirmListener(event -> buy(offer, form));
        dialog.open();
    }

    private void buy(Offer offer, BuyForm form) {
        try {
            Receipt receipt = purchases.purchase(new PurchaseRequest(offer.eligibility().product().id(), form.quantity(),
                    form.term(), form.payment()), idempotencyKey);
            showReceipt(receipt);
        } catch (SelfServeException refused) {
            form.showError(Refusals.message(refused));
            Refusals.show(refused);
        } catch (EJBException failure) {
            if (!LostRace.explains(failure)) {
                throw failure;
            }
            form.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
        } finally {
            form.forgetSecrets();
        }
    }

    private void showReceipt(Receipt receipt) {
        RouterLink yourProducts = new RouterLink(getTranslation("buy.receipt.yourProducts"), YourProductsView.class);
        yourProducts.setId("buy-your-products");
        content.removeAll();
        content.add(new ReceiptPanel(receipt, yourProducts));
    }

    @Override
    public String getPageTitle() {
        return productName == null ? getTranslation("page.title.buy") : getTranslation("page.title.buyProduct", productName);
    }
}
