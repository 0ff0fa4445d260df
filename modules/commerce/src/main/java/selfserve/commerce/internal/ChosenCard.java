package selfserve.commerce.internal;

import selfserve.commerce.domain.PaymentMethod;

/**
 * The card a request pays with, and what choosing it changed: a new card saved (and the billing profile it
 * started or completed) is part of the request's own audit entry, not an entry of its own.
 *
 * @param method     the card
 * @param newlySaved for the audit entry, the new card and its effect on the billing profile; null for a card
 *                   saved before
 */
record ChosenCard(PaymentMethod method, String newlySaved) {

    /** What to add to the audit entry of the request that chose this card: nothing for a saved card. */
    String auditNote() {
        return newlySaved == null ? "" : ", new card " + newlySaved;
    }
}
