package selfserve.portal.ui.licenses;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import jakarta.ejb.EJBException;
import java.util.List;
import java.util.function.Function;
import selfserve.commerce.api.CancelReason;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.SubscriptionSeats;
import selfserve.licensing.api.TakeOvers;
import selfserve.portal.ui.Refusals;

/**
 * Taking a self-service subscription over: move its users to another subscription of the same
 * product (one with a free license for each), or cancel it for a reason. Either way it ends, shows as
 * Deleted and its purchaser is told; the dialog says so before the admin confirms.
 */
class TakeOverDialog extends Dialog {

    /** The two ways of taking over, as the admin center offers them, and centralizing. */
    enum Option { MOVE_USERS, CENTRALIZE, CANCEL }

    private final RadioButtonGroup<Option> option = new RadioButtonGroup<>();
    private final Select<SubscriptionSeats> target = new Select<>();
    private final Select<CancelReason> reason = new Select<>();

    TakeOverDialog(TakeOvers takeOvers, SubscriptionSeats subscription, List<SubscriptionSeats> targets,
                   Function<SubscriptionSeats, String> describe, Runnable afterwards) {
        setId("take-over-dialog");
        setHeaderTitle(getTranslation("takeOver.title", describe.apply(subscription)));

        option.setId("take-over-option");
        option.setItems(Option.values());
        option.setItemLabelGenerator(choice -> getTranslation("takeOver.option." + choice.name()));
        option.setValue(Option.MOVE_USERS);
        option.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        target.setId("take-over-target");
        target.setLabel(getTranslation("takeOver.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(s -> getTranslation("takeOver.target.item", describe.apply(s), s.seats() - s.assigned()));
        target.setEmptySelectionAllowed(false);
        target.setWidthFull();

        reason.setId("take-over-reason");
        reason.setLabel(getTranslation("takeOver.reason"));
        reason.setItems(CancelReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("cancel.reason." + r.name()));
        reason.setVisible(false);
        Paragraph consequence = new Paragraph(getTranslation("takeOver.consequence"));
        consequence.setId("take-over-consequence");
        option.addValueChangeListener(event -> {
            Option chosen = event.getValue();
            target.setVisible(chosen != Option.CANCEL);
            reason.setVisible(chosen == Option.CANCEL);
            // Centralizing gives central licenses only, and asks the purchaser to cancel instead of canceling.
            target.setItems(chosen == Option.CENTRALIZE ? targets.stream().filter(SubscriptionSeats::isCentral).toList()
                    : targets);
            consequence.setText(getTranslation(chosen == Option.CENTRALIZE ? "takeOver.consequence.centralize"
                    : "takeOver.consequence"));
        });
        add(option, target, reason, consequence);

        Button confirm = new Button(getTranslation("takeOver.confirm"), click -> {
            if (takeOver(takeOvers, subscription)) {
                close();
                afterwards.run();
            }
        });
        confirm.setId("take-over-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("takeOver.keep"), click -> close());
        keep.setId("take-over-keep");
        getFooter().add(keep, confirm);
    }

    /** Does what was chosen; false (with the reason shown) when the service refused or another admin was first. */
    private boolean takeOver(TakeOvers takeOvers, SubscriptionSeats subscription) {
        try {
            if (option.getValue() != Option.CANCEL && target.getValue() == null) {
                Refusals.showError(getTranslation("problem.MOVE_TARGET_INVALID.detail"));
                return false;
            }
            switch (option.getValue()) {
                case MOVE_USERS -> takeOvers.moveUsers(subscription.subscriptionId(), target.getValue().subscriptionId());
                case CENTRALIZE -> takeOvers.centralize(subscription.subscriptionId(), target.getValue().subscriptionId());
                case CANCEL -> takeOvers.cancel(subscription.subscriptionId(), reason.getValue());
            }
            Notification.show(getTranslation("takeOver.done." + option.getValue().name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (SelfServeException refused) {
            Refusals.show(refused);
            return false;
        } catch (EJBException failure) {
            if (!LostRace.explains(failure)) {
                throw failure;
            }
            Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            return false;
        }
    }
}
