package selfserve.licensing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Colleagues;
import selfserve.identity.api.Colleagues.Colleague;
import selfserve.identity.api.Eligibility;
import selfserve.identity.api.EligibilityDecision;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Profile;
import selfserve.identity.api.PurchaseKind;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.licensing.api.LicenseEvent;
import selfserve.licensing.api.LicenseEventKind;
import selfserve.licensing.api.LicenseRequestPage;
import selfserve.licensing.api.LicenseRequestStatus;
import selfserve.licensing.api.LicenseRequestView;
import selfserve.licensing.api.LicenseRequests;
import selfserve.licensing.api.RequestDecision;
import selfserve.licensing.api.RequestFlowSettings;
import selfserve.licensing.api.RequestedPerson;
import selfserve.licensing.api.SubscriptionSeats;
import selfserve.licensing.domain.Assignment;
import selfserve.licensing.domain.LicenseRequest;
import selfserve.licensing.domain.RequestFlow;
import selfserve.licensing.domain.SeatPool;

/**
 * License requests. Approving gives licenses under the seat pool's row lock through
 * {@link LicenseGrants}, as an assignment does, so the free-seat count and every refusal are the same; the
 * request row is locked first, so that of two admins deciding at once the second finds it decided. The
 * decision is one audit entry, naming the licenses it gave.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class LicenseRequestsBean implements LicenseRequests {

    /** Who handles requests: the roles that assign licenses. Global readers read them too. */
    static final Set<Role> DECIDING = SeatAccess.ASSIGNING_ROLES;
    static final Set<Role> READING = EnumSet.of(Role.GLOBAL_ADMIN, Role.LICENSE_ADMIN, Role.USER_ADMIN, Role.GLOBAL_READER);
    /** R-36 is a tenant-wide choice: Global admins make it. */
    static final Set<Role> FLOW_CHANGING = EnumSet.of(Role.GLOBAL_ADMIN);

    @Inject
    private RequestRepository requests;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private SeatPools pools;

    @Inject
    private LicenseGrants grants;

    @Inject
    private SeatAccess access;

    @Inject
    private Profile profile;

    @Inject
    private Eligibility eligibility;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private Colleagues colleagues;

    @Inject
    private AdminScope adminScope;

    @Inject
    private RequestAudit audit;

    @Inject
    private LicenseEvents events;

    @Inject
    private Clock clock;

    @Override
    public LicenseRequestView request(String productId, Collection<UUID> people, String note) {
        Caller caller = profile.current();
        UUID tenantId = caller.tenant().id();
        RequestFlowSettings flow = settings(tenantId);
        if (flow.ownFlow()) {
            throw SelfServeException.conflict("OWN_REQUEST_FLOW", flow.message(), flow.link());
        }
        EligibilityDecision decision = eligibility.mine(productId, PurchaseKind.PURCHASE); // PRODUCT_NOT_FOUND
        if (decision.eligible()) {
            throw SelfServeException.conflict("REQUEST_NOT_NEEDED");
        }
        if (!decision.reason().isPolicy()) {
            throw SelfServeException.forbidden("REQUEST_NOT_ALLOWED");
        }
        Product product = catalog.product(productId).orElseThrow();
        Set<UUID> named = LicenseRequest.people(people);
        requireAssignable(tenantId, named);

        LicenseRequest request = requests.lockedPending(caller.userId(), product.id()).orElse(null);
        if (request == null) {
            request = LicenseRequest.open(tenantId, product.id(), caller.userId(), named, note, clock.instant());
            requests.add(request);
            audit.byCaller(caller, request, RequestAudit.LICENSE_REQUESTED, null,
                    product.id() + " for " + named);
            tellAdmins(request, caller, named.size());
        } else {
            List<UUID> added = request.add(named, note);
            requests.flush();
            audit.byCaller(caller, request, RequestAudit.LICENSE_REQUEST_EXTENDED, null,
                    product.id() + " +" + added);
            if (!added.isEmpty()) {
                tellAdmins(request, caller, added.size());
            }
        }
        return views(tenantId, List.of(request)).getFirst();
    }

    @Override
    public List<LicenseRequestView> mine() {
        Caller caller = profile.current();
        return views(caller.tenant().id(), requests.byRequester(caller.userId()));
    }

    @Override
    public RequestFlowSettings myFlow() {
        return settings(profile.current().tenant().id());
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN, Roles.PARTNER})
    public LicenseRequestPage tenantRequests(UUID tenantId, LicenseRequestStatus status, int offset, int limit) {
        if (offset < 0) {
            throw SelfServeException.invalid("PAGE_OFFSET_INVALID");
        }
        if (limit < 1 || limit > LicenseRequestPage.MOST_LIMIT) {
            throw SelfServeException.invalid("PAGE_LIMIT_INVALID", LicenseRequestPage.MOST_LIMIT);
        }
        TenantRef tenant = adminScope.require(tenantId, READING);
        return new LicenseRequestPage(views(tenant.id(), requests.page(tenant.id(), status, offset, limit)),
                requests.count(tenant.id(), status), offset, limit);
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN, Roles.PARTNER})
    public LicenseRequestView tenantRequest(UUID requestId) {
        LicenseRequest request = requests.request(requestId).orElseThrow(() -> notFound(requestId));
        requireScope(request, READING);
        return views(request.tenantId(), List.of(request)).getFirst();
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN, Roles.PARTNER})
    public List<SubscriptionSeats> sources(UUID requestId) {
        LicenseRequest request = requests.request(requestId).orElseThrow(() -> notFound(requestId));
        requireScope(request, READING);
        return licensing.runningPools(request.tenantId(), request.productId()).stream()
                .filter(pool -> !pool.isSelfService())
                .sorted(Comparator.comparingInt(SeatPool::free).reversed().thenComparing(SeatPool::subscriptionId))
                .map(pool -> new SubscriptionSeats(pool.subscriptionId(), pool.productId(), null, null, null, pool.seats(),
                        pool.assigned()))
                .toList();
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.LICENSE_ADMIN, Roles.USER_ADMIN, Roles.PARTNER})
    public LicenseRequestView decide(UUID requestId, RequestDecision decision) {
        if (decision == null) {
            throw SelfServeException.invalid("DECISION_INCOMPLETE");
        }
        Caller caller = profile.current();
        LicenseRequest request = requests.lockedRequest(requestId).orElseThrow(() -> notFound(requestId));
        requireScope(request, DECIDING);
        request.decide(decision.approved(), decision.denied(), decision.subscriptionId(), decision.message(),
                caller.userId(), caller.displayName(), clock.instant());
        int licensed = decision.approved().isEmpty() ? 0 : license(caller, request, decision);
        requests.flush();

        boolean anyApproved = !decision.approved().isEmpty();
        events.fire(new LicenseEvent(anyApproved ? LicenseEventKind.REQUEST_APPROVED : LicenseEventKind.REQUEST_DENIED,
                request.tenantId(), request.requesterId(), caller.userId(), request.productId(), request.subscriptionId(),
                request.id(), anyApproved ? decision.approved().size() : decision.denied().size(), request.message(),
                clock.instant(), null));
        audit.byCaller(caller, request, RequestAudit.LICENSE_REQUEST_DECIDED,
                LicenseRequestStatus.PENDING.name(), LicenseRequestStatus.COMPLETED + " approved=" + decision.approved()
                        + " denied=" + decision.denied() + " from=" + request.subscriptionId() + " new licenses=" + licensed);
        return views(request.tenantId(), List.of(request)).getFirst();
    }

    /**
     * Gives the approved people who hold no license of the product yet one of the chosen subscription's,
     * under the pool's lock, all or nothing; answers how many licenses that took.
     */
    private int license(Caller caller, LicenseRequest request, RequestDecision decision) {
        SeatPool pool = pools.locked(decision.subscriptionId());
        if (!pool.tenantId().equals(request.tenantId())) {
            throw SeatAccess.notFound(pool);
        }
        if (!pool.productId().equals(request.productId())) {
            throw SelfServeException.invalid("SUBSCRIPTION_OTHER_PRODUCT");
        }
        if (pool.isSelfService()) {
            throw SelfServeException.forbidden("PURCHASED_BY_USER"); // never from a user's purchase
        }
        Set<UUID> holders = licensing.currentHoldings(request.tenantId(), request.productId(), decision.approved()).stream()
                .map(Assignment::userId).collect(Collectors.toSet());
        List<UUID> newcomers = request.lines().stream().map(line -> line.userId())
                .filter(person -> decision.approved().contains(person) && !holders.contains(person))
                .toList();
        access.requireChange(caller, pool);
        return grants.grant(caller, pool, new LinkedHashSet<>(newcomers)).size();
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN, Roles.PARTNER})
    public RequestFlowSettings flow(UUID tenantId) {
        return settings(adminScope.require(tenantId, READING).id());
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.PARTNER})
    public RequestFlowSettings changeFlow(UUID tenantId, RequestFlowSettings settings) {
        if (settings == null) {
            throw SelfServeException.invalid("FLOW_MESSAGE_REQUIRED");
        }
        Caller caller = profile.current();
        UUID tenant = adminScope.require(tenantId, FLOW_CHANGING).id();
        RequestFlowSettings before = settings(tenant);
        RequestFlow flow = requests.flow(tenant).orElse(null);
        boolean created = flow == null;
        if (created) {
            flow = new RequestFlow(tenant);
        }
        flow.change(settings.ownFlow(), settings.message(), settings.link(), caller.userId(), clock.instant());
        if (created) {
            requests.add(flow);
        } else {
            requests.flush();
        }
        RequestFlowSettings after = settings(flow);
        audit.byCaller(caller, tenant, RequestAudit.REQUEST_FLOW_CHANGED, tenant.toString(), summary(before), summary(after));
        return after;
    }

    private RequestFlowSettings settings(UUID tenantId) {
        return requests.flow(tenantId).map(LicenseRequestsBean::settings).orElse(RequestFlowSettings.STANDARD);
    }

    private static RequestFlowSettings settings(RequestFlow flow) {
        return new RequestFlowSettings(flow.isOwnFlow(), flow.message(), flow.link());
    }

    private static String summary(RequestFlowSettings settings) {
        return settings.ownFlow() ? "own: " + settings.link() : "standard";
    }

    /** Only active members of the requester's tenant may be named (as for assignments, R-22). */
    private void requireAssignable(UUID tenantId, Set<UUID> people) {
        Map<UUID, Colleague> found = colleagues.find(tenantId, people);
        for (UUID person : people) {
            Colleague colleague = found.get(person);
            if (colleague == null || !colleague.assignable()) {
                throw SelfServeException.invalid("USER_NOT_ASSIGNABLE", colleague == null ? person : colleague.email());
            }
        }
    }

    /** REQUEST_RECEIVED to every active Global, License and User admin of the tenant but the requester. */
    private void tellAdmins(LicenseRequest request, Caller requester, int people) {
        colleagues.withAnyRole(request.tenantId(), DECIDING).stream()
                .filter(admin -> !admin.id().equals(requester.userId()))
                .forEach(admin -> events.fire(new LicenseEvent(LicenseEventKind.REQUEST_RECEIVED, request.tenantId(),
                        admin.id(), requester.userId(), request.productId(), null, request.id(), people, null,
                        clock.instant(), null)));
    }

    /** The admin scope over the request's tenant; another tenant's request is not found rather than forbidden. */
    private void requireScope(LicenseRequest request, Set<Role> roles) {
        try {
            adminScope.require(request.tenantId(), roles);
        } catch (SelfServeException refused) {
            if (refused.kind() == SelfServeException.Kind.NOT_FOUND) {
                throw notFound(request.id());
            }
            throw refused;
        }
    }

    private static SelfServeException notFound(UUID requestId) {
        return SelfServeException.notFound("REQUEST_NOT_FOUND", requestId);
    }

    private List<LicenseRequestView> views(UUID tenantId, List<LicenseRequest> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<UUID> people = new HashSet<>(RequestRepository.people(found));
        found.forEach(request -> people.add(request.requesterId()));
        Map<UUID, Colleague> names = colleagues.find(tenantId, people);
        Map<String, String> productNames = found.stream().map(LicenseRequest::productId).distinct()
                .collect(Collectors.toMap(id -> id, id -> catalog.product(id).map(Product::name).orElse(id)));
        return found.stream().map(request -> view(request, names, productNames.get(request.productId()))).toList();
    }

    private static LicenseRequestView view(LicenseRequest request, Map<UUID, Colleague> names, String productName) {
        Colleague requester = names.get(request.requesterId());
        List<RequestedPerson> people = request.lines().stream().map(line -> {
            Colleague person = names.get(line.userId());
            return new RequestedPerson(line.userId(), person == null ? "" : person.displayName(),
                    person == null ? "" : person.email(), line.outcome());
        }).toList();
        return new LicenseRequestView(request.id(), request.tenantId(), request.productId(), productName,
                request.requesterId(), requester == null ? "" : requester.displayName(),
                requester == null ? "" : requester.email(), request.createdAt(), request.status(), request.note(), people,
                request.decidedAt(), request.decidedByName(), request.message(), request.subscriptionId());
    }
}
