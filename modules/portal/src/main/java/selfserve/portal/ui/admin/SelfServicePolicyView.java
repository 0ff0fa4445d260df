package selfserve.portal.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.ProductPolicy;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.TenantPicker;

/**
 * "Self-service trials and purchases": the tenant default on top, then every product with its value.
 * Each change is confirmed first. Global readers see it all read-only; a partner first picks the customer.
 * What may be changed is decided by the policy service; the page only offers what it allows.
 */
@Route(value = MainLayout.ADMIN_AREA + "/self-service", layout = MainLayout.class)
@Menu(title = "nav.selfServicePolicy", order = 110, icon = "vaadin:cart")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class SelfServicePolicyView extends VerticalLayout implements HasDynamicTitle {

    private final PurchasePolicies policies;
    private final Select<PolicyValue> tenantDefault = new Select<>();
    private final Grid<ProductPolicy> products = new Grid<>();
    private final Paragraph readOnly = new Paragraph();
    private UUID tenantId;
    private boolean canChange;

    @Inject
    public SelfServicePolicyView(PurchasePolicies policies) {
        this.policies = policies;
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("policy.title"));
        title.setId("policy-title");
        add(title, new Paragraph(getTranslation("policy.intro")));

        List<TenantRef> tenants = policies.governableTenants();
        if (tenants.isEmpty()) {
            add(new Paragraph(getTranslation("policy.noTenant")));
            return;
        }
        if (tenants.size() > 1) {
            add(tenantPicker(tenants));
        }
        readOnly.setId("policy-read-only");
        readOnly.setText(getTranslation("policy.readOnly"));
        add(readOnly, defaultRow(), productGrid());
        show(tenants.getFirst().id());
    }

    private TenantPicker tenantPicker(List<TenantRef> tenants) {
        return new TenantPicker("policy-tenant", tenants, chosen -> show(chosen.id()));
    }

    private HorizontalLayout defaultRow() {
        tenantDefault.setId("policy-default");
        tenantDefault.setLabel(getTranslation("policy.default"));
        tenantDefault.setHelperText(getTranslation("policy.default.help"));
        tenantDefault.setItems(PolicyValue.values());
        tenantDefault.setItemLabelGenerator(this::label);
        tenantDefault.setWidth("22em");
        tenantDefault.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                confirm(getTranslation("policy.confirm.default", label(event.getValue())),
                        () -> policies.changeDefault(tenantId, event.getValue()));
            }
        });
        HorizontalLayout row = new HorizontalLayout(tenantDefault);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Grid<ProductPolicy> productGrid() {
        products.setId("policy-products");
        products.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        products.addColumn(p -> p.product().name()).setHeader(getTranslation("policy.column.product")).setFlexGrow(2);
        products.addColumn(p -> p.product().id()).setHeader(getTranslation("policy.column.productId")).setFlexGrow(1);
        products.addComponentColumn(this::valueCell).setHeader(getTranslation("policy.column.value")).setFlexGrow(2);
        products.setAllRowsVisible(true);
        return products;
    }

    /** A select to change the value where the caller may, else the value as text. */
    private Component valueCell(ProductPolicy policy) {
        String shown = policy.explicitlySet() ? label(policy.value())
                : getTranslation("policy.followsDefault", label(policy.value()));
        if (!canChange) {
            return new Span(shown);
        }
        Select<PolicyValue> select = new Select<>();
        select.setId("policy-" + policy.product().id());
        select.setItems(Arrays.stream(PolicyValue.values())
                .filter(v -> v != PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD || policy.product().trialWithoutPaymentMethod())
                .toList());
        select.setItemLabelGenerator(this::label);
        select.setValue(policy.value());
        select.setHelperText(policy.explicitlySet() ? null : getTranslation("policy.fromDefault"));
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                confirm(getTranslation("policy.confirm.product", policy.product().name(), label(event.getValue())),
                        () -> policies.changeProductPolicy(tenantId, policy.product().id(), event.getValue()));
            }
        });
        return select;
    }

    private void show(UUID tenant) {
        tenantId = tenant;
        canChange = policies.canChange(tenant);
        readOnly.setVisible(!canChange);
        tenantDefault.setReadOnly(!canChange);
        tenantDefault.setValue(policies.policy(tenant).defaultValue());
        products.setItems(policies.productPolicies(tenant));
    }

    /** Asks before a change; cancelling (or a refusal) shows the values as they are. */
    private void confirm(String question, Runnable change) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("policy-confirm");
        dialog.setHeader(getTranslation("policy.confirm.header"));
        dialog.setText(question + " " + getTranslation("policy.confirm.fromNowOn"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.save"));
        dialog.addConfirmListener(event -> {
            try {
                change.run();
                Notification.show(getTranslation("policy.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (SelfServeException refused) {
                Refusals.show(refused);
            } catch (EJBException failure) {
                if (!LostRace.explains(failure)) {
                    throw failure;
                }
                Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            }
            show(tenantId);
        });
        dialog.addCancelListener(event -> show(tenantId));
        dialog.open();
    }

    private String label(PolicyValue value) {
        return getTranslation("policy.value." + value.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.policy");
    }
}
