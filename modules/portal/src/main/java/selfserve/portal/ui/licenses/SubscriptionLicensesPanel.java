package selfserve.portal.ui.licenses;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.ejb.EJBException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import selfserve.identity.api.Colleagues.Colleague;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.AssignedUser;
import selfserve.licensing.api.Assignments;
import selfserve.licensing.api.SubscriptionLicenses;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * A subscription's licenses: how many are assigned and to whom and, for whoever may (its purchaser, or an
 * admin on a central subscription), assigning them to colleagues found by typing a name or email, and
 * taking them back. Licensing decides and refuses; the panel shows its refusal in the person's language.
 */
public class SubscriptionLicensesPanel extends VerticalLayout {

    private final Assignments assignments;
    private final UUID subscriptionId;
    private final Formats formats;

    private final Paragraph summary = new Paragraph();
    private final Paragraph readOnly = new Paragraph();
    private final Grid<AssignedUser> holders = new Grid<>();
    private final MultiSelectComboBox<Colleague> picker = new MultiSelectComboBox<>();
    private final HorizontalLayout assignRow = new HorizontalLayout();
    private final Button unassign = new Button();

    public SubscriptionLicensesPanel(Assignments assignments, UUID subscriptionId) {
        this.assignments = assignments;
        this.subscriptionId = subscriptionId;
        this.formats = Formats.of(this);
        setPadding(false);
        setId("licenses-panel");
        summary.setId("licenses-summary");
        readOnly.setId("licenses-read-only");
        add(new H3(getTranslation("licenses.title")), summary, readOnly, assignRow(), holders(), unassignButton());
        refresh();
    }

    /** Reads the seats and holders again. */
    public void refresh() {
        try {
            show(assignments.of(subscriptionId));
        } catch (SelfServeException refused) {
            setVisible(false);
        }
    }

    private void show(SubscriptionLicenses licenses) {
        setVisible(true);
        summary.setText(getTranslation("licenses.summary", licenses.assigned(), licenses.seats(), licenses.free()));
        holders.setItems(licenses.users());
        boolean mayAssign = licenses.mayAssign();
        assignRow.setVisible(mayAssign);
        unassign.setVisible(mayAssign && !licenses.users().isEmpty());
        holders.setSelectionMode(mayAssign ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        readOnly.setVisible(!mayAssign && licenses.running());
        readOnly.setText(licenses.purchaserId() != null ? getTranslation("licenses.readOnly.purchasedByUser")
                : getTranslation("licenses.readOnly"));
    }

    private HorizontalLayout assignRow() {
        picker.setId("licenses-picker");
        picker.setLabel(getTranslation("licenses.assign.users"));
        picker.setHelperText(getTranslation("licenses.assign.help"));
        picker.setItemLabelGenerator(person -> person.displayName() + " <" + person.email() + ">");
        picker.setItems(query -> assignments.candidates(subscriptionId, query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        picker.setWidth("28em");
        Button assign = new Button(getTranslation("licenses.assign.submit"), click -> assignChosen());
        assign.setId("licenses-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assignRow.setAlignItems(Alignment.BASELINE);
        assignRow.add(picker, assign);
        return assignRow;
    }

    private Grid<AssignedUser> holders() {
        holders.setId("licenses-holders");
        holders.addColumn(AssignedUser::displayName).setHeader(getTranslation("licenses.column.name")).setAutoWidth(true);
        holders.addColumn(AssignedUser::email).setHeader(getTranslation("licenses.column.email")).setAutoWidth(true);
        holders.addColumn(user -> formats.date(user.since())).setHeader(getTranslation("licenses.column.since"));
        holders.setAllRowsVisible(true);
        holders.setEmptyStateText(getTranslation("licenses.none"));
        return holders;
    }

    private Button unassignButton() {
        unassign.setText(getTranslation("licenses.unassign.submit"));
        unassign.setId("licenses-unassign");
        unassign.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unassign.addClickListener(click -> unassignChosen());
        return unassign;
    }

    private void assignChosen() {
        List<UUID> chosen = picker.getSelectedItems().stream().map(Colleague::id).toList();
        if (chosen.isEmpty()) {
            Refusals.showError(getTranslation("problem.NO_USERS_CHOSEN.detail"));
            return;
        }
        change(ids -> assignments.assign(subscriptionId, ids), chosen, "licenses.assign.done");
        picker.clear();
    }

    private void unassignChosen() {
        List<UUID> chosen = holders.getSelectedItems().stream().map(AssignedUser::userId).toList();
        if (chosen.isEmpty()) {
            Refusals.showError(getTranslation("problem.NO_USERS_CHOSEN.detail"));
            return;
        }
        change(ids -> assignments.unassign(subscriptionId, ids), chosen, "licenses.unassign.done");
    }

    private void change(Function<Collection<UUID>, SubscriptionLicenses> action, List<UUID> userIds, String doneKey) {
        try {
            show(action.apply(userIds));
            holders.deselectAll();
            Notification.show(getTranslation(doneKey, userIds.size())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SelfServeException refused) {
            Refusals.show(refused);
            refresh();
        } catch (EJBException failure) {
            if (!LostRace.explains(failure)) {
                throw failure;
            }
            Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            refresh();
        }
    }
}
