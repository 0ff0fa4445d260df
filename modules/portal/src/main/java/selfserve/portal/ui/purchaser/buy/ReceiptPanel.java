package selfserve.portal.ui.purchaser.buy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import selfserve.commerce.api.Receipt;

/**
 * What a purchase created, as the buyer keeps it: product, licenses, term, prices, the card
 * charged, the invoice and when the subscription renews; then the way to "Your products".
 */
public class ReceiptPanel extends VerticalLayout {

    /** @param yourProducts the link to the buyer's products, which the page provides */
    public ReceiptPanel(Receipt receipt, Component yourProducts) {
        setPadding(false);
        setId("buy-receipt");
        Formats formats = Formats.of(this);
        H2 title = new H2(getTranslation("buy.receipt.title"));
        title.setId("buy-receipt-title");

        DescriptionList facts = new DescriptionList();
        facts.addClassName("selfserve-facts");
        fact(facts, "buy.receipt.product", receipt.productName());
        fact(facts, "buy.receipt.quantity", formats.number(receipt.quantity()));
        fact(facts, "buy.receipt.term", formats.term(receipt.term()));
        fact(facts, "buy.receipt.perLicensePerMonth", formats.money(receipt.perLicensePerMonth()));
        fact(facts, "buy.receipt.charged", formats.money(receipt.charged()));
        fact(facts, "buy.receipt.card", formats.card(receipt.cardBrand(), receipt.cardLast4()));
        fact(facts, "buy.receipt.invoice", receipt.invoiceNumber());
        fact(facts, "buy.receipt.purchased", formats.date(receipt.purchasedAt()));
        fact(facts, "buy.receipt.renews", formats.date(receipt.renewsAt()));

        add(title, new Paragraph(getTranslation("buy.receipt.intro")), facts, yourProducts);
    }

    private void fact(DescriptionList facts, String labelKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), new Description(value == null ? "" : value));
    }
}
