package selfserve.commerce.api;

import java.util.List;
import java.util.UUID;

/**
 * The caller's own saved cards: list, add, edit, remove, and replace the card a subscription is
 * charged to. Another person's card (or a removed one) is {@code PAYMENT_METHOD_NOT_FOUND}. Card numbers
 * and security codes go to the payment gateway only.
 */
public interface PaymentMethods {

    /** Newest first. */
    List<SavedCard> mine();

    SavedCard mine(UUID paymentMethodId);

    /**
     * Checks the card as a purchase does (Luhn, brand, expiry, security code, name), has the gateway
     * tokenize it and keeps it. It becomes the default when the caller has none.
     */
    SavedCard add(CardDetails card);

    /**
     * Changes expiry, name and address once the gateway verified the card with the security code given:
     * {@code CARD_EXPIRED}, {@code CARD_EXPIRY_TOO_FAR}, {@code CARD_SECURITY_CODE_MISSING}, {@code CARD_NAME_MISSING} (400),
     * {@code CARD_NOT_VERIFIED} (422) leave the card as it was.
     */
    SavedCard update(UUID paymentMethodId, CardUpdate update);

    /**
     * Removes a card that no running subscription is charged to ({@code PAYMENT_METHOD_IN_USE}, 409,
     * otherwise). Its invoices still name it.
     */
    void remove(UUID paymentMethodId);

    /**
     * Charges the caller's running subscription to another card from its next renewal on: a saved card
     * or a new one (checked and kept as by {@link #add}). {@code SUBSCRIPTION_NOT_FOUND},
     * {@code SUBSCRIPTION_NOT_RUNNING}, {@code SUBSCRIPTION_NOT_PAID_BY_CARD} (a trial without payment
     * method, or a central subscription).
     *
     * @return the card the subscription is now charged to
     */
    SavedCard replace(UUID subscriptionId, Payment payment);

    /** The card each of the caller's running subscriptions is charged to, by subscription id. */
    java.util.Map<UUID, UUID> cardsOfMySubscriptions();
}
