package selfserve.portal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import selfserve.notifications.api.InAppNotices;

/** The bell in the header: the number of unread notices, and the way to the Notifications page. */
public class NoticeBell extends Button {

    /** The route of the Notifications page (named, not its class: the page lives in a package that uses this one). */
    public static final String NOTICES_ROUTE = "notices";

    private final InAppNotices notices;
    private final Span count = new Span();
    private Registration changes;

    public NoticeBell(InAppNotices notices) {
        this.notices = notices;
        setId("notice-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notice-bell-count");
        count.getElement().getThemeList().add("badge pill small primary");
        count.getStyle().set("margin-inline-start", "calc(var(--lumo-space-xs) * -1)");
        setSuffixComponent(count);
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NOTICES_ROUTE)));
        refresh();
    }

    /** Counts the unread notices again. */
    public final void refresh() {
        long unread = notices.count(true);
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("header.notices.unread", unread);
        getElement().setAttribute("aria-label", label);
        setTooltipText(label);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        changes = ComponentUtil.addListener(attach.getUI(), NoticesChanged.class, changed -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (changes != null) {
            changes.remove();
        }
        super.onDetach(detach);
    }
}
