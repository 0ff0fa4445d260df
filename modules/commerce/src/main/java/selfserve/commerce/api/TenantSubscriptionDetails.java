package selfserve.commerce.api;

import java.util.List;

/**
 * One subscription of the tenant as its admins open it: what the list shows, plus its term, the
 * licenses in use, how it is paid and its order history, oldest first.
 *
 * @param assigned  licenses assigned to people (0 until licensing provides {@link AssignedLicenses})
 * @param cardBrand the card's brand for a subscription paid by card; null when invoiced (central) or without card
 * @param cardLast4 the card's last four digits; null like {@code cardBrand}
 */
public record TenantSubscriptionDetails(TenantSubscription subscription, Term term, int assigned, String cardBrand,
                                        String cardLast4, List<OrderHistoryEntry> history) {

    public TenantSubscriptionDetails {
        history = List.copyOf(history);
    }

    /** A central subscription is billed to the organization by invoice, never to a card. */
    public boolean invoiced() {
        return subscription.channel() == Channel.CENTRAL;
    }
}
