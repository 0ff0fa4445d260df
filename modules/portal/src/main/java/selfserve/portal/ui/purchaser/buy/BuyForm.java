package selfserve.portal.ui.purchaser.buy;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Payment;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.Purchases;
import selfserve.commerce.api.SavedCard;
import selfserve.commerce.api.Term;

/**
 * What the buyer chooses: how many licenses, the term with its price per license and month, the
 * total of the term, and the card (a saved one or a new one). "Buy" fires a {@link BuyEvent} once the
 * choices look complete; the page asks for confirmation and calls the purchase service, which decides.
 */
public class BuyForm extends VerticalLayout {

    public static final int MIN_QUANTITY = Purchases.FEWEST_LICENSES;
    public static final int MAX_QUANTITY = Purchases.MOST_LICENSES;

    private enum PaymentChoice { SAVED_CARD, NEW_CARD }

    private final Map<Term, Price> prices = new EnumMap<>(Term.class);
    private final Formats formats;
    private final IntegerField quantity = new IntegerField();
    private final RadioButtonGroup<Term> term = new RadioButtonGroup<>();
    private final Span total = new Span();
    private final RadioButtonGroup<PaymentChoice> paymentChoice = new RadioButtonGroup<>();
    private final Select<SavedCard> savedCard = new Select<>();
    private final NewCardFields newCard;
    private final Paragraph error = new Paragraph();

    /**
     * @param selfServicePrices the product's self-service prices, at most one per term, at least one
     * @param savedCards        the buyer's saved cards, perhaps none
     * @param currentYear       the year it is now, for the new card's expiry
     */
    public BuyForm(List<Price> selfServicePrices, List<SavedCard> savedCards, int currentYear) {
        setPadding(false);
        setId("buy-form");
        selfServicePrices.forEach(price -> prices.putIfAbsent(price.term(), price));
        formats = Formats.of(this);
        newCard = new NewCardFields(currentYear);

        quantity.setId("buy-quantity");
        quantity.setLabel(getTranslation("buy.quantity"));
        quantity.setHelperText(getTranslation("buy.quantity.help", MIN_QUANTITY, MAX_QUANTITY));
        quantity.setMin(MIN_QUANTITY);
        quantity.setMax(MAX_QUANTITY);
        quantity.setStepButtonsVisible(true);
        quantity.setRequiredIndicatorVisible(true);
        String outOfRange = getTranslation("problem.QUANTITY_OUT_OF_RANGE.detail", MIN_QUANTITY, MAX_QUANTITY);
        quantity.setI18n(new IntegerField.IntegerFieldI18n().setRequiredErrorMessage(outOfRange)
                .setBadInputErrorMessage(outOfRange).setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange));
        quantity.setValue(MIN_QUANTITY);
        quantity.setValueChangeMode(ValueChangeMode.EAGER);
        quantity.addValueChangeListener(event -> showTotal());

        term.setId("buy-term");
        term.setLabel(getTranslation("buy.term"));
        term.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        term.setItems(List.copyOf(prices.keySet()));
        term.setItemLabelGenerator(t -> getTranslation("buy.term.option", formats.term(t),
                formats.money(prices.get(t).perLicensePerMonth())));
        term.setValue(prices.keySet().iterator().next());
        term.addValueChangeListener(event -> showTotal());

        total.setId("buy-total");
        HorizontalLayout totalRow = new HorizontalLayout(new Span(getTranslation("buy.total")), total);
        totalRow.setAlignItems(Alignment.BASELINE);
        totalRow.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Paragraph totalNote = new Paragraph(getTranslation("buy.total.note"));
        totalNote.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

        error.setId("buy-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);

        Button buy = new Button(getTranslation("buy.submit"), click -> submit());
        buy.setId("buy-submit");
        buy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(quantity, term, totalRow, totalNote, new H3(getTranslation("buy.payment")), payment(savedCards), newCard,
                error, buy);
        showTotal();
    }

    private VerticalLayout payment(List<SavedCard> savedCards) {
        paymentChoice.setId("buy-payment-choice");
        paymentChoice.setAriaLabel(getTranslation("buy.payment"));
        paymentChoice.setItems(PaymentChoice.values());
        paymentChoice.setItemLabelGenerator(choice -> choice == PaymentChoice.SAVED_CARD
                ? getTranslation("buy.payment.savedCard") : getTranslation("buy.payment.newCard"));
        paymentChoice.setItemEnabledProvider(choice -> choice == PaymentChoice.NEW_CARD || !savedCards.isEmpty());
        if (savedCards.isEmpty()) {
            paymentChoice.setHelperText(getTranslation("buy.payment.noSavedCard"));
        }

        savedCard.setId("buy-saved-card");
        savedCard.setLabel(getTranslation("buy.payment.savedCard.label"));
        savedCard.setItems(savedCards);
        savedCard.setItemLabelGenerator(card -> getTranslation("buy.card.saved", formats.brand(card.brand()), card.last4(),
                String.format(Locale.ROOT, "%02d/%d", card.expiryMonth(), card.expiryYear())));
        savedCard.setWidth("24em");
        savedCard.setErrorMessage(getTranslation("buy.payment.savedCard.required"));
        savedCard.addValueChangeListener(event -> savedCard.setInvalid(false));
        if (!savedCards.isEmpty()) {
            // The billing profile's default card first, else the newest.
            savedCard.setValue(savedCards.stream().filter(SavedCard::isDefault).findFirst().orElse(savedCards.getFirst()));
        }

        paymentChoice.addValueChangeListener(event -> showPayment());
        paymentChoice.setValue(savedCards.isEmpty() ? PaymentChoice.NEW_CARD : PaymentChoice.SAVED_CARD);
        showPayment();
        VerticalLayout payment = new VerticalLayout(paymentChoice, savedCard);
        payment.setPadding(false);
        return payment;
    }

    private void showPayment() {
        boolean saved = paymentChoice.getValue() == PaymentChoice.SAVED_CARD;
        savedCard.setVisible(saved);
        newCard.setVisible(!saved);
    }

    private void showTotal() {
        total.setText(validQuantity() ? formats.money(total()) : "–");
    }

    private boolean validQuantity() {
        Integer value = quantity.getValue();
        return value != null && value >= MIN_QUANTITY && value <= MAX_QUANTITY;
    }

    private void submit() {
        clearError();
        boolean ready = validQuantity();
        if (!ready) {
            quantity.setInvalid(true);
            quantity.focus();
        }
        if (paymentChoice.getValue() == PaymentChoice.SAVED_CARD) {
            if (savedCard.getValue() == null) {
                savedCard.setInvalid(true);
                ready = false;
            }
        } else {
            ready &= newCard.looksComplete();
        }
        if (ready) {
            fireEvent(new BuyEvent(this));
        }
    }

    public int quantity() {
        return quantity.getValue();
    }

    public Term term() {
        return term.getValue();
    }

    /** The price of one license per month in the chosen term. */
    public Money perLicensePerMonth() {
        return prices.get(term()).perLicensePerMonth();
    }

    /** What the whole term of the chosen licenses costs: charged now, and at every renewal. */
    public Money total() {
        return prices.get(term()).forTerm(quantity());
    }

    /** How the buyer pays, read from the fields for one purchase call. */
    public Payment payment() {
        return paymentChoice.getValue() == PaymentChoice.SAVED_CARD
                ? new Payment.SavedCard(savedCard.getValue().id())
                : new Payment.NewCard(newCard.card());
    }

    /** The card as the confirmation names it: "Visa ending in 4242", or the last digits of a new card. */
    public String paymentSummary() {
        if (paymentChoice.getValue() == PaymentChoice.SAVED_CARD) {
            SavedCard card = savedCard.getValue();
            return formats.card(card.brand(), card.last4());
        }
        return getTranslation("buy.card.newEnding", newCard.last4());
    }

    /** Empties the new card's number and security code, after the purchase call whatever its outcome. */
    public void forgetSecrets() {
        newCard.forgetSecrets();
    }

    /** Shows why the purchase did not happen, next to the button, until the next attempt. */
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    public void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    public Registration addBuyListener(ComponentEventListener<BuyEvent> listener) {
        return addListener(BuyEvent.class, listener);
    }

    /** The buyer asked to buy what the form shows. */
    public static class BuyEvent extends ComponentEvent<BuyForm> {

        BuyEvent(BuyForm source) {
            super(source, false);
        }
    }
}
