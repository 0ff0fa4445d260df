package selfserve.portal.ui.notices;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import selfserve.identity.api.SupportedLocale;
import selfserve.notifications.api.InAppNotice;
import selfserve.notifications.api.InAppNotices;
import selfserve.portal.i18n.LanguageChoice;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.NoticeBell;
import selfserve.portal.ui.NoticesChanged;

/**
 * The signed-in person's notices, newest first, worded in the language the page shows: read one by one
 * or all at once. The list loads page by page from the service.
 */
@Route(value = NoticeBell.NOTICES_ROUTE, layout = MainLayout.class)
@PermitAll
public class NoticesView extends VerticalLayout implements HasDynamicTitle {

    private final InAppNotices notices;
    private final SupportedLocale language;
    private final Checkbox unreadOnly = new Checkbox();
    private final Grid<InAppNotice> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final DateTimeFormatter time;

    @Inject
    public NoticesView(InAppNotices notices) {
        this.notices = notices;
        this.language = LanguageChoice.closestTo(UI.getCurrent().getLocale());
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language.locale())
                .withZone(ZoneOffset.UTC);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("notices.title"));
        title.setId("notices-title");

        unreadOnly.setId("notices-unread-only");
        unreadOnly.setLabel(getTranslation("notices.unreadOnly"));
        unreadOnly.addValueChangeListener(change -> show());
        Button markAll = new Button(getTranslation("notices.markAllRead"), click -> markAllRead());
        markAll.setId("notices-mark-all");
        HorizontalLayout tools = new HorizontalLayout(unreadOnly, markAll);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        empty.setId("notices-empty");
        grid.setId("notices-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::card).setFlexGrow(1);
        grid.setItems(query -> notices.mine(language, unreadOnly.getValue(), query.getOffset(),
                        Math.min(query.getLimit(), InAppNotices.LARGEST_PAGE)).stream(),
                query -> (int) notices.count(unreadOnly.getValue()));
        add(title, tools, empty, grid);
        show();
    }

    private Div card(InAppNotice notice) {
        Span heading = new Span(notice.title());
        heading.getStyle().set("font-weight", notice.isRead() ? "normal" : "bold");
        Span when = new Span(time.format(notice.createdAt()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-inline-start", "var(--lumo-space-m)");
        Div top = new Div(heading, when);
        if (!notice.isRead()) {
            Span badge = new Span(getTranslation("notices.unread"));
            badge.getElement().getThemeList().add("badge small");
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            top.add(badge);
        }
        Div text = new Div();
        text.setText(notice.text());
        text.getStyle().set("white-space", "pre-line");
        Div card = new Div(top, text);
        card.addClassName("selfserve-notice");
        card.getElement().setAttribute("data-notice", notice.id().toString());
        if (!notice.isRead()) {
            Button read = new Button(getTranslation("notices.markRead"), click -> {
                notices.markRead(notice.id());
                changed();
            });
            read.addClassName("notice-mark-read");
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            card.add(read);
        }
        return card;
    }

    private void markAllRead() {
        int marked = notices.markAllRead();
        Notification.show(getTranslation("notices.markedAllRead", marked));
        changed();
    }

    private void changed() {
        show();
        ComponentUtil.fireEvent(UI.getCurrent(), new NoticesChanged(UI.getCurrent()));
    }

    private void show() {
        grid.getDataProvider().refreshAll();
        boolean none = notices.count(unreadOnly.getValue()) == 0;
        empty.setText(getTranslation(unreadOnly.getValue() ? "notices.emptyUnread" : "notices.empty"));
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.notices");
    }
}
