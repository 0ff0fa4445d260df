package selfserve.licensing.api;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * License requests. A member who may not buy a product because of the tenant's
 * self-service policy asks for licenses for themselves and/or colleagues; the tenant's Global, License and
 * User admins (and partners by delegation) decide, Global readers read. {@code tenantId} null means the
 * caller's own tenant; another tenant that did not delegate to the caller is {@code TENANT_NOT_FOUND}, and
 * a request of such a tenant {@code REQUEST_NOT_FOUND}.
 */
public interface LicenseRequests {

    /** The most people one request names. */
    int MOST_PEOPLE = 20;
    /** The longest note a requester writes, and the longest message an admin answers with. */
    int MOST_NOTE_CHARACTERS = 500;
    int MOST_MESSAGE_CHARACTERS = 1000;
    /** The longest message of a tenant's own request flow. */
    int MOST_FLOW_MESSAGE_CHARACTERS = 500;

    /**
     * Asks for licenses of {@code productId} for up to 20 active members of the caller's tenant (the caller
     * may be one of them), with an optional note. Refused with {@code REQUEST_NOT_NEEDED} when the caller may
     * buy the product, {@code REQUEST_NOT_ALLOWED} when something else than the policy stops them (a guest,
     * a government tenant...), {@code OWN_REQUEST_FLOW} when the tenant handles requests its own way,
     * {@code USER_NOT_ASSIGNABLE} for anyone who may not hold a license. While the caller has a pending
     * request for the product, the people are added to it (and a new note replaces the old one).
     */
    LicenseRequestView request(String productId, Collection<UUID> people, String note);

    /** The caller's own requests, newest first. */
    List<LicenseRequestView> mine();

    /** How the caller's tenant wants members to ask for licenses: the form, or its own message and link. */
    RequestFlowSettings myFlow();

    /** A tenant's requests, newest first, all ({@code status} null) or of one status. */
    LicenseRequestPage tenantRequests(UUID tenantId, LicenseRequestStatus status, int offset, int limit);

    /** One request, for the admins of its tenant. */
    LicenseRequestView tenantRequest(UUID requestId);

    /**
     * The subscriptions an admin may give the request's licenses from: the central running subscriptions of
     * its product (admins do not assign from a user's purchase, R-29), the one with most free licenses first.
     */
    List<SubscriptionSeats> sources(UUID requestId);

    /**
     * Decides a pending request (Global, License and User admins, partners): the approved people get licenses
     * of the chosen subscription through the same seat logic as {@link Assignments}, all or nothing
     * ({@code NOT_ENOUGH_SEATS} changes nothing); people who hold the product already are approved without a
     * second license. A request decided meanwhile is {@code REQUEST_ALREADY_DECIDED}. The requester is told.
     */
    LicenseRequestView decide(UUID requestId, RequestDecision decision);

    /** The tenant's request flow (every admin role that handles or reads requests). */
    RequestFlowSettings flow(UUID tenantId);

    /** Changes the tenant's request flow (Global admins and partners only, R-36). */
    RequestFlowSettings changeFlow(UUID tenantId, RequestFlowSettings settings);
}
