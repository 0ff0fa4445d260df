package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import selfserve.commerce.api.InvoicePdf;
import selfserve.commerce.api.InvoiceView;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * One invoice opened from the list: what it charged for which period, and its PDF to download,
 * made in the language of the page when the dialog opens (so a refusal shows before anything is offered).
 */
class InvoiceDetailsDialog extends Dialog {

    InvoiceDetailsDialog(InvoiceView invoice, InvoicePdf pdf) {
        setId("invoice-details");
        setHeaderTitle(getTranslation("invoices.details.title", invoice.number()));
        setWidth("min(34rem, 100%)");
        Formats formats = Formats.of(this);

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        facts.addFormItem(new Span(invoice.productName()), getTranslation("invoices.column.product"));
        facts.addFormItem(new Span(formats.date(invoice.issuedAt())), getTranslation("invoices.column.issued"));
        facts.addFormItem(new Span(getTranslation("invoices.period", formats.date(invoice.periodStart()),
                formats.date(invoice.periodEnd()))), getTranslation("invoices.column.period"));
        facts.addFormItem(new Span(formats.number(invoice.quantity())), getTranslation("invoices.column.quantity"));
        Span amount = new Span(formats.money(invoice.amount()));
        amount.setId("invoice-details-amount");
        facts.addFormItem(amount, getTranslation("invoices.column.amount"));
        add(facts);

        byte[] content = pdf.content();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(content), pdf.fileName(), "application/pdf", content.length)), "");
        download.setId("invoice-download");
        download.setDownload(true);
        Button label = new Button(getTranslation("invoices.details.download"), VaadinIcon.DOWNLOAD.create());
        label.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(label);

        Button close = new Button(getTranslation("invoices.details.close"), click -> close());
        close.setId("invoice-details-close");
        getFooter().add(close, download);
    }
}
