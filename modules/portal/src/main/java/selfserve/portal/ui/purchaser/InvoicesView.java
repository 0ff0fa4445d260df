package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import selfserve.commerce.api.InvoiceView;
import selfserve.commerce.api.Invoices;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * "Invoices": the invoices of the person's own purchases issued in the past 3 or 6 months or in a
 * range of days they choose, newest first. Days are in UTC, as the api counts them. An invoice opens in a
 * dialog with its PDF to download.
 */
@Route(value = "invoices", layout = MainLayout.class)
@Menu(title = "nav.invoices", order = 6, icon = "vaadin:invoice")
@PermitAll
public class InvoicesView extends VerticalLayout implements HasDynamicTitle {

    /** The ranges a person can choose; the past 3 months first, as in the original. */
    enum Range {
        PAST_3_MONTHS, PAST_6_MONTHS, CUSTOM
    }

    private final Invoices invoices;
    private final Formats formats;
    private final RadioButtonGroup<Range> range = new RadioButtonGroup<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button apply = new Button();
    private final HorizontalLayout custom = new HorizontalLayout();
    private final Grid<InvoiceView> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    @Inject
    public InvoicesView(Invoices invoices) {
        this.invoices = invoices;
        this.formats = Formats.of(this);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("invoices.title"));
        title.setId("invoices-title");
        add(title, new Paragraph(getTranslation("invoices.intro")), range(), custom(), grid(), empty());
        show(today().minusMonths(3), today());
    }

    private RadioButtonGroup<Range> range() {
        range.setId("invoices-range");
        range.setLabel(getTranslation("invoices.range"));
        range.setItems(Range.values());
        range.setItemLabelGenerator(choice -> getTranslation("invoices.range." + choice.name()));
        range.setValue(Range.PAST_3_MONTHS);
        range.addValueChangeListener(event -> {
            Range chosen = event.getValue();
            custom.setVisible(chosen == Range.CUSTOM);
            if (chosen == Range.PAST_3_MONTHS) {
                show(today().minusMonths(3), today());
            } else if (chosen == Range.PAST_6_MONTHS) {
                show(today().minusMonths(6), today());
            } else if (chosen == Range.CUSTOM) {
                showChosenDays();
            }
        });
        return range;
    }

    private HorizontalLayout custom() {
        from.setId("invoices-from");
        from.setLabel(getTranslation("invoices.from"));
        to.setId("invoices-to");
        to.setLabel(getTranslation("invoices.to"));
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            from.setLocale(ui.getLocale());
            to.setLocale(ui.getLocale());
        }
        from.setValue(today().minusMonths(3));
        to.setValue(today());
        apply.setId("invoices-apply");
        apply.setText(getTranslation("invoices.apply"));
        apply.addClickListener(event -> showChosenDays());
        custom.add(from, to, apply);
        custom.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        custom.setVisible(false);
        return custom;
    }

    private Grid<InvoiceView> grid() {
        grid.setId("invoices-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InvoiceView::number).setHeader(getTranslation("invoices.column.number")).setFlexGrow(2);
        grid.addColumn(InvoiceView::productName).setHeader(getTranslation("invoices.column.product")).setFlexGrow(3);
        grid.addColumn(i -> formats.date(i.issuedAt())).setHeader(getTranslation("invoices.column.issued")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("invoices.period", formats.date(i.periodStart()), formats.date(i.periodEnd())))
                .setHeader(getTranslation("invoices.column.period")).setFlexGrow(3);
        grid.addColumn(i -> formats.number(i.quantity())).setHeader(getTranslation("invoices.column.quantity")).setFlexGrow(1);
        grid.addColumn(i -> formats.money(i.amount())).setHeader(getTranslation("invoices.column.amount")).setFlexGrow(2);
        grid.addComponentColumn(this::openButton).setFlexGrow(1);
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Button openButton(InvoiceView invoice) {
        Button open = new Button(getTranslation("invoices.open"), click -> open(invoice));
        open.setId("invoice-open-" + invoice.number());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return open;
    }

    /** The invoice with its PDF in the page's language; a refusal (no font on the server, say) opens nothing. */
    private void open(InvoiceView invoice) {
        try {
            new InvoiceDetailsDialog(invoice, invoices.pdf(invoice.id(), getLocale())).open();
        } catch (SelfServeException refused) {
            Refusals.show(refused);
        }
    }

    private Paragraph empty() {
        empty.setId("invoices-empty");
        empty.setText(getTranslation("invoices.empty"));
        empty.setVisible(false);
        return empty;
    }

    private void showChosenDays() {
        if (from.getValue() == null || to.getValue() == null) {
            Refusals.showError(getTranslation("invoices.range.missing"));
            return;
        }
        show(from.getValue(), to.getValue());
    }

    /** The person's invoices issued from the first day to the last, both included; a refusal leaves the list as it was. */
    private void show(LocalDate first, LocalDate last) {
        List<InvoiceView> mine;
        try {
            mine = invoices.mine(first, last);
        } catch (SelfServeException refused) {
            Refusals.show(refused);
            return;
        }
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.invoices");
    }
}
