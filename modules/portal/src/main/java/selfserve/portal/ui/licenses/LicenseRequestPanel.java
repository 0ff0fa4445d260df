package selfserve.portal.ui.licenses;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.ejb.EJBException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.LicenseRequestStatus;
import selfserve.licensing.api.LicenseRequestView;
import selfserve.licensing.api.LicenseRequests;
import selfserve.licensing.api.RequestDecision;
import selfserve.licensing.api.RequestOutcome;
import selfserve.licensing.api.RequestedPerson;
import selfserve.licensing.api.SubscriptionSeats;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * One license request and its decision: a checkbox per person (ticked: approve), the central
 * subscription the licenses come from, a message to the requester, and approve all, approve the ticked and
 * deny the others, or deny all. A decided request, or a reader, sees the outcome only.
 */
class LicenseRequestPanel extends VerticalLayout {

    private final LicenseRequests requests;
    private final UUID requestId;
    private final boolean mayDecide;
    private final Consumer<LicenseRequestView> afterDecision;
    private final Formats formats;
    private final Map<UUID, Checkbox> approvals = new LinkedHashMap<>();
    private final Select<SubscriptionSeats> source = new Select<>();
    private final TextArea message = new TextArea();

    LicenseRequestPanel(LicenseRequests requests, UUID requestId, boolean mayDecide,
                        Consumer<LicenseRequestView> afterDecision) {
        this.requests = requests;
        this.requestId = requestId;
        this.mayDecide = mayDecide;
        this.afterDecision = afterDecision;
        this.formats = Formats.of(this);
        setPadding(false);
        try {
            show(requests.tenantRequest(requestId));
        } catch (SelfServeException refused) {
            Refusals.show(refused);
        }
    }

    private void show(LicenseRequestView request) {
        removeAll();
        approvals.clear();
        add(new H3(getTranslation("licenseRequests.detail", request.productName(), request.requesterName())));
        Paragraph asked = new Paragraph(getTranslation("licenseRequests.asked", request.requesterName(),
                request.requesterEmail(), formats.date(request.createdAt())));
        add(asked);
        if (request.note() != null) {
            Paragraph note = new Paragraph(getTranslation("licenseRequests.note", request.note())); // escaped text
            note.setId("request-note-text");
            note.getStyle().set("white-space", "pre-line");
            add(note);
        }
        boolean open = request.status() == LicenseRequestStatus.PENDING && mayDecide;
        VerticalLayout people = new VerticalLayout();
        people.setPadding(false);
        people.setSpacing(false);
        people.setId("request-people-list");
        for (RequestedPerson person : request.people()) {
            Checkbox approve = new Checkbox(open ? getTranslation("licenseRequests.person", person.displayName(), person.email())
                    : getTranslation("licenseRequests.personOutcome",
                    getTranslation("licenseRequests.person", person.displayName(), person.email()),
                    getTranslation("licenseRequests.outcome." + person.outcome().name())));
            approve.setId("request-person-" + person.email().replaceAll("[^A-Za-z0-9]", "-"));
            approve.setValue(open || person.outcome() == RequestOutcome.APPROVED);
            approve.setReadOnly(!open);
            approvals.put(person.userId(), approve);
            people.add(approve);
        }
        add(people);
        if (!open) {
            outcome(request);
            return;
        }
        List<SubscriptionSeats> sources = requests.sources(requestId);
        source.setId("request-subscription");
        source.setLabel(getTranslation("licenseRequests.source"));
        source.setItems(sources);
        source.setItemLabelGenerator(s -> getTranslation("licenseRequests.source.item", formats.number(s.seats() - s.assigned()),
                formats.number(s.seats())));
        source.setEmptySelectionAllowed(false);
        source.setHelperText(sources.isEmpty() ? getTranslation("licenseRequests.source.none")
                : getTranslation("licenseRequests.source.help"));
        if (!sources.isEmpty()) {
            source.setValue(sources.getFirst());
        }
        source.setWidth("28em");
        message.setId("request-message");
        message.setLabel(getTranslation("licenseRequests.message"));
        message.setMaxLength(LicenseRequests.MOST_MESSAGE_CHARACTERS);
        message.setWidth("28em");

        Button approveAll = button("request-approve-all", "licenseRequests.approveAll", ButtonVariant.LUMO_PRIMARY,
                () -> decide(Set.copyOf(approvals.keySet())));
        Button approveSome = button("request-approve-some", "licenseRequests.approveSome", ButtonVariant.LUMO_CONTRAST,
                () -> decide(approvals.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey)
                        .collect(Collectors.toSet())));
        Button denyAll = button("request-deny-all", "licenseRequests.denyAll", ButtonVariant.LUMO_ERROR, () -> decide(Set.of()));
        add(source, message, new HorizontalLayout(approveAll, approveSome, denyAll));
    }

    private void outcome(LicenseRequestView request) {
        if (request.decidedAt() != null) {
            Paragraph decided = new Paragraph(getTranslation("licenseRequests.decided",
                    request.decidedByName() == null ? "" : request.decidedByName(), formats.date(request.decidedAt())));
            decided.setId("request-decided");
            add(decided);
        }
        if (request.message() != null) {
            Paragraph answer = new Paragraph(getTranslation("licenseRequests.answer", request.message()));
            answer.getStyle().set("white-space", "pre-line");
            add(answer);
        }
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    /** Approves {@code approved} and denies everyone else of the request. */
    private void decide(Set<UUID> approved) {
        Set<UUID> denied = approvals.keySet().stream().filter(id -> !approved.contains(id)).collect(Collectors.toSet());
        UUID subscription = source.getValue() == null ? null : source.getValue().subscriptionId();
        try {
            LicenseRequestView decided = requests.decide(requestId, new RequestDecision(approved, denied, subscription,
                    message.getValue()));
            Notification.show(getTranslation("licenseRequests.done", approved.size(), denied.size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(decided);
            afterDecision.accept(decided);
        } catch (SelfServeException refused) {
            Refusals.show(refused);
            reread();
        } catch (EJBException failure) {
            if (!LostRace.explains(failure)) {
                throw failure;
            }
            Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            reread();
        }
    }

    /** After a refusal: shows the request as it is now (another admin may have decided it meanwhile). */
    private void reread() {
        try {
            LicenseRequestView now = requests.tenantRequest(requestId);
            if (now.status() != LicenseRequestStatus.PENDING) {
                show(now);
            }
        } catch (SelfServeException gone) {
            removeAll();
        }
    }
}
