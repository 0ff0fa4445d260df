package selfserve.portal.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import selfserve.commerce.api.CentralPrice;
import selfserve.commerce.api.CentralPurchaseRequest;
import selfserve.commerce.api.CentralPurchases;
import selfserve.commerce.api.CentralReceipt;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Term;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * "Purchase services": a Global admin or Billing admin (or a partner for a customer) buys a
 * central subscription for the organization: any product of the catalog, whatever the self-service policy
 * says, at its central price in the organization's currency, billed to the organization by invoice. The
 * purchase is confirmed first; one idempotency key per asked-for purchase, so a second click never buys twice.
 */
@Route(value = MainLayout.ADMIN_AREA + "/purchase-services", layout = MainLayout.class)
@Menu(title = "nav.purchaseServices", order = 106, icon = "vaadin:invoice")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.PARTNER})
public class PurchaseServicesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CentralPurchases central;
    private final List<TenantRef> tenants;
    private final Formats formats;
    private final VerticalLayout form = new VerticalLayout();
    private final Select<TenantRef> tenantPicker = new Select<>();
    private final Select<String> product = new Select<>();
    private final RadioButtonGroup<Term> term = new RadioButtonGroup<>();
    private final IntegerField quantity = new IntegerField();
    private final Paragraph price = new Paragraph();
    private final Paragraph total = new Paragraph();
    private Map<String, List<CentralPrice>> prices = Map.of();
    private TenantRef tenant;
    private CentralPurchaseRequest pendingRequest;
    private String pendingKey;

    @Inject
    public PurchaseServicesView(CentralPurchases central, PurchasePolicies policies) {
        this.central = central;
        this.formats = Formats.of(this);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("purchaseServices.title"));
        title.setId("purchase-services-title");
        add(title, new Paragraph(getTranslation("purchaseServices.intro")));
        tenants = policies.governableTenants().stream().filter(t -> central.canBuy(t.id())).toList();
        if (tenants.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("purchaseServices.noTenant"));
            none.setId("purchase-services-no-tenant");
            add(none);
            return;
        }
        form.setPadding(false);
        form.setId("purchase-services-form");
        if (tenants.size() > 1) {
            tenantPicker.setId("purchase-services-tenant");
            tenantPicker.setLabel(getTranslation("adminPurchases.tenant"));
            tenantPicker.setItems(tenants);
            tenantPicker.setItemLabelGenerator(TenantRef::name);
            tenantPicker.addValueChangeListener(event -> choose(event.getValue()));
            add(tenantPicker);
        }
        add(form);
        buildForm();
        choose(tenants.getFirst());
    }

    /** The link from "Products and purchases" names the organization shown there. */
    static QueryParameters forTenant(UUID tenantId) {
        return QueryParameters.of("tenant", tenantId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("tenant")
                .flatMap(id -> tenants.stream().filter(t -> t.id().toString().equals(id)).findFirst())
                .ifPresent(this::choose);
    }

    private void buildForm() {
        product.setId("purchase-services-product");
        product.setLabel(getTranslation("purchaseServices.product"));
        product.setWidth("26em");
        product.setItemLabelGenerator(id -> prices.getOrDefault(id, List.of()).stream().findFirst()
                .map(CentralPrice::productName).orElse(id));
        product.addValueChangeListener(event -> productChosen());
        term.setId("purchase-services-term");
        term.setLabel(getTranslation("purchaseServices.term"));
        term.setItemLabelGenerator(formats::term);
        term.addValueChangeListener(event -> showPrice());
        quantity.setId("purchase-services-quantity");
        quantity.setLabel(getTranslation("purchaseServices.quantity"));
        quantity.setHelperText(getTranslation("purchaseServices.quantity.help", CentralPurchases.FEWEST_LICENSES,
                CentralPurchases.MOST_LICENSES));
        quantity.setMin(CentralPurchases.FEWEST_LICENSES);
        quantity.setMax(CentralPurchases.MOST_LICENSES);
        quantity.setStepButtonsVisible(true);
        quantity.setValue(1);
        quantity.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        quantity.addValueChangeListener(event -> showPrice());
        price.setId("purchase-services-price");
        total.setId("purchase-services-total");
        Button buy = new Button(getTranslation("purchaseServices.buy"), click -> askToBuy());
        buy.setId("purchase-services-buy");
        buy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(product, term, quantity, price, total, new Paragraph(getTranslation("purchaseServices.invoiceNote")), buy);
    }

    private void choose(TenantRef chosen) {
        if (chosen == null || chosen.equals(tenant)) {
            return;
        }
        tenant = chosen;
        if (tenants.size() > 1 && !chosen.equals(tenantPicker.getValue())) {
            tenantPicker.setValue(chosen);
        }
        try {
            Map<String, List<CentralPrice>> byProduct = new LinkedHashMap<>();
            central.prices(chosen.id()).forEach(p -> byProduct.computeIfAbsent(p.productId(), id -> new java.util.ArrayList<>()).add(p));
            prices = byProduct;
        } catch (SelfServeException refused) {
            prices = Map.of();
            Refusals.show(refused);
        }
        product.setItems(prices.keySet());
        product.setValue(prices.keySet().stream().findFirst().orElse(null));
        pendingRequest = null;
    }

    private void productChosen() {
        List<Term> terms = prices.getOrDefault(product.getValue(), List.of()).stream().map(p -> p.price().term()).toList();
        term.setItems(terms);
        term.setValue(terms.contains(Term.ANNUAL) ? Term.ANNUAL : terms.stream().findFirst().orElse(null));
        showPrice();
    }

    private Optional<CentralPrice> chosenPrice() {
        return prices.getOrDefault(product.getValue(), List.of()).stream()
                .filter(p -> p.price().term() == term.getValue()).findFirst();
    }

    /** The central price per license per month, and what the first term costs for the licenses asked for. */
    private void showPrice() {
        Optional<CentralPrice> chosen = chosenPrice();
        price.setText(chosen.map(p -> getTranslation("purchaseServices.price", formats.money(p.price().perLicensePerMonth())))
                .orElse(""));
        Integer licenses = quantity.getValue();
        boolean valid = licenses != null && licenses >= CentralPurchases.FEWEST_LICENSES
                && licenses <= CentralPurchases.MOST_LICENSES;
        total.setText(chosen.filter(p -> valid)
                .map(p -> getTranslation("purchaseServices.total", formats.money(p.price().forTerm(licenses)), tenant.name()))
                .orElse(""));
    }

    private void askToBuy() {
        Integer licenses = quantity.getValue();
        Optional<CentralPrice> chosen = chosenPrice();
        if (licenses == null || licenses < CentralPurchases.FEWEST_LICENSES || licenses > CentralPurchases.MOST_LICENSES) {
            Refusals.showError(getTranslation("problem.QUANTITY_OUT_OF_RANGE.detail", CentralPurchases.FEWEST_LICENSES,
                    CentralPurchases.MOST_LICENSES));
            return;
        }
        if (chosen.isEmpty()) {
            Refusals.showError(getTranslation("purchaseServices.choose"));
            return;
        }
        CentralPurchaseRequest request = new CentralPurchaseRequest(product.getValue(), licenses, term.getValue());
        if (!Objects.equals(request, pendingRequest)) {
            pendingRequest = request;
            pendingKey = UUID.randomUUID().toString();
        }
        String key = pendingKey;
        TenantRef buyingFor = tenant;
        Money amount = chosen.get().price().forTerm(licenses);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("purchase-services-confirm");
        dialog.setHeader(getTranslation("purchaseServices.confirm.header"));
        dialog.setText(getTranslation("purchaseServices.confirm.text", formats.number(licenses), chosen.get().productName(),
                formats.term(request.term()), formats.money(amount), buyingFor.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("purchaseServices.buy"));
        dialog.addConfirmListener(event -> buy(buyingFor, request, key));
        dialog.open();
    }

    private void buy(TenantRef buyingFor, CentralPurchaseRequest request, String key) {
        try {
            CentralReceipt receipt = central.purchase(buyingFor.id(), request, key);
            pendingRequest = null;
            showReceipt(buyingFor, receipt);
        } catch (SelfServeException refused) {
            Refusals.show(refused);
        } catch (EJBException failure) {
            if (!LostRace.explains(failure)) {
                throw failure;
            }
            Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
        }
    }

    private void showReceipt(TenantRef buyingFor, CentralReceipt receipt) {
        form.removeAll();
        tenantPicker.setVisible(false);
        H3 done = new H3(getTranslation("purchaseServices.receipt.title"));
        done.setId("purchase-services-receipt-title");
        DescriptionList facts = new DescriptionList();
        facts.setId("purchase-services-receipt");
        facts.addClassName("selfserve-facts");
        receiptFact(facts, "buy.receipt.product", receipt.productName());
        receiptFact(facts, "buy.receipt.quantity", formats.number(receipt.quantity()));
        receiptFact(facts, "buy.receipt.term", formats.term(receipt.term()));
        receiptFact(facts, "buy.receipt.perLicensePerMonth", formats.money(receipt.perLicensePerMonth()));
        receiptFact(facts, "purchaseServices.receipt.invoiced", formats.money(receipt.invoiced()));
        receiptFact(facts, "buy.receipt.invoice", receipt.invoiceNumber());
        receiptFact(facts, "buy.receipt.renews", formats.date(receipt.renewsAt()));
        Button open = new Button(getTranslation("purchaseServices.receipt.open"), click -> UI.getCurrent().navigate(
                AdminSubscriptionView.class,
                new RouteParameters(AdminSubscriptionView.SUBSCRIPTION_ID, receipt.subscriptionId().toString()),
                QueryParameters.of(AdminSubscriptionView.TENANT, buyingFor.id().toString())));
        open.setId("purchase-services-open");
        form.add(done, new Paragraph(getTranslation("purchaseServices.receipt.intro", buyingFor.name())), facts, open);
    }

    private static void receiptFact(DescriptionList facts, String labelKey, String value) {
        facts.add(new DescriptionList.Term(facts.getTranslation(labelKey)), new Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.purchaseServices");
    }
}
