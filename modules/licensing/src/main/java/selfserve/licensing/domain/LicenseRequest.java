package selfserve.licensing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.LicenseRequestStatus;
import selfserve.licensing.api.LicenseRequests;
import selfserve.licensing.api.RequestOutcome;

/**
 * A member's request for licenses of a product they may not buy: for themselves and/or colleagues,
 * at most {@value #MOST_PEOPLE} people, with an optional note. An admin decides it once: each
 * person approved or denied, the licenses from one subscription, with an optional message; it is then
 * completed. A second request of the same person for the same product while one is pending adds its
 * people to the pending one (see {@link #add}).
 */
@Entity
@Table(name = "LIC_LICENSE_REQUEST")
public class LicenseRequest {

    public static final int MOST_PEOPLE = LicenseRequests.MOST_PEOPLE;
    public static final int MOST_NOTE_CHARACTERS = LicenseRequests.MOST_NOTE_CHARACTERS;
    public static final int MOST_MESSAGE_CHARACTERS = LicenseRequests.MOST_MESSAGE_CHARACTERS;

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "TENANT_ID", nullable = false)
    private UUID tenantId;

    @Column(name = "PRODUCT_ID", length = 20, nullable = false)
    private String productId;

    @Column(name = "REQUESTER_ID", nullable = false)
    private UUID requesterId;

    /** Requester and product while pending, null after: the unique key that allows one pending request. */
    @Column(name = "PENDING_KEY", length = 60)
    private String pendingKey;

    @Column(name = "NOTE", length = MOST_NOTE_CHARACTERS)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private LicenseRequestStatus status;

    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "DECIDED_AT")
    private OffsetDateTime decidedAt;

    /** Nullable ids are text: EclipseLink 4.0 cannot read a NULL UUID. */
    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    /** The deciding admin's name as it was: a partner who decided is no person of the tenant. */
    @Column(name = "DECIDED_BY_NAME", length = 200)
    private String decidedByName;

    @Column(name = "DECISION_NOTE", length = MOST_MESSAGE_CHARACTERS)
    private String message;

    @Column(name = "SUBSCRIPTION_ID", length = 36)
    private String subscriptionId;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LicenseRequestLine> lines = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected LicenseRequest() {
    }

    private LicenseRequest(UUID tenantId, String productId, UUID requesterId, Instant at) {
        this.id = UUID.randomUUID();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.productId = Objects.requireNonNull(productId);
        this.requesterId = Objects.requireNonNull(requesterId);
        this.pendingKey = pendingKey(requesterId, productId);
        this.status = LicenseRequestStatus.PENDING;
        this.createdAt = at.atOffset(ZoneOffset.UTC);
    }

    /** A new pending request; no one named, more than {@value #MOST_PEOPLE} or a note too long is refused. */
    public static LicenseRequest open(UUID tenantId, String productId, UUID requesterId, Collection<UUID> people,
                                      String note, Instant at) {
        Set<UUID> named = people(people);
        LicenseRequest request = new LicenseRequest(tenantId, productId, requesterId, at);
        request.note = PlainText.of(note, MOST_NOTE_CHARACTERS, "REQUEST_NOTE_TOO_LONG");
        named.forEach(request::name);
        return request;
    }

    /**
     * The same person asks again while this request is pending: the people not named yet are added (at most
     * {@value #MOST_PEOPLE} in all), and a new note replaces the old one. Answers the people added.
     */
    public List<UUID> add(Collection<UUID> people, String newNote) {
        requirePending();
        Set<UUID> named = people(people);
        String text = PlainText.of(newNote, MOST_NOTE_CHARACTERS, "REQUEST_NOTE_TOO_LONG");
        List<UUID> added = named.stream().filter(person -> !names(person)).toList();
        if (lines.size() + added.size() > MOST_PEOPLE) {
            throw SelfServeException.invalid("TOO_MANY_PEOPLE_IN_REQUEST", MOST_PEOPLE);
        }
        added.forEach(this::name);
        if (text != null) {
            note = text;
        }
        return added;
    }

    /**
     * The admin's decision: every person named either approved or denied, the approved ones' licenses from
     * {@code subscriptionId} (needed only when someone is approved), with an optional message. A request
     * that was decided already is {@code REQUEST_ALREADY_DECIDED}.
     */
    public void decide(Collection<UUID> approved, Collection<UUID> denied, UUID subscription, String answer, UUID by,
                       String byName, Instant at) {
        requirePending();
        Set<UUID> yes = approved == null ? Set.of() : new LinkedHashSet<>(approved);
        Set<UUID> no = denied == null ? Set.of() : new LinkedHashSet<>(denied);
        Set<UUID> everyone = new LinkedHashSet<>(yes);
        everyone.addAll(no);
        boolean eachOnce = yes.stream().noneMatch(no::contains) && everyone.size() == lines.size()
                && everyone.stream().allMatch(this::names);
        if (!eachOnce) {
            throw SelfServeException.invalid("DECISION_INCOMPLETE");
        }
        if (!yes.isEmpty() && subscription == null) {
            throw SelfServeException.invalid("SUBSCRIPTION_REQUIRED");
        }
        String text = PlainText.of(answer, MOST_MESSAGE_CHARACTERS, "DECISION_MESSAGE_TOO_LONG");
        lines.forEach(line -> line.answer(yes.contains(line.userId()) ? RequestOutcome.APPROVED : RequestOutcome.DENIED));
        status = LicenseRequestStatus.COMPLETED;
        pendingKey = null;
        message = text;
        decidedBy = by.toString();
        decidedByName = byName;
        decidedAt = at.atOffset(ZoneOffset.UTC);
        subscriptionId = yes.isEmpty() ? null : subscription.toString();
    }

    /** Whether it is older than the retention allows at {@code now}. */
    public boolean isExpired(Instant now) {
        return !createdAt.toInstant().isAfter(RequestRetention.cutoff(now));
    }

    public void requirePending() {
        if (status != LicenseRequestStatus.PENDING) {
            throw SelfServeException.conflict("REQUEST_ALREADY_DECIDED");
        }
    }

    public boolean names(UUID person) {
        return lines.stream().anyMatch(line -> line.userId().equals(person));
    }

    private void name(UUID person) {
        lines.add(new LicenseRequestLine(this, person, lines.size()));
    }

    /** The distinct people named, in order; none or more than {@value #MOST_PEOPLE} is refused. */
    public static Set<UUID> people(Collection<UUID> people) {
        if (people == null || people.isEmpty() || people.stream().anyMatch(Objects::isNull)) {
            throw SelfServeException.invalid("NO_PEOPLE_IN_REQUEST");
        }
        Set<UUID> distinct = new LinkedHashSet<>(people);
        if (distinct.size() > MOST_PEOPLE) {
            throw SelfServeException.invalid("TOO_MANY_PEOPLE_IN_REQUEST", MOST_PEOPLE);
        }
        return distinct;
    }

    static String pendingKey(UUID requesterId, String productId) {
        return requesterId + ":" + productId;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public String productId() { return productId; }
    public UUID requesterId() { return requesterId; }
    public String note() { return note; }
    public LicenseRequestStatus status() { return status; }
    public Instant createdAt() { return createdAt.toInstant(); }
    public Instant decidedAt() { return decidedAt == null ? null : decidedAt.toInstant(); }
    public UUID decidedBy() { return decidedBy == null ? null : UUID.fromString(decidedBy); }
    public String decidedByName() { return decidedByName; }
    public String message() { return message; }
    public UUID subscriptionId() { return subscriptionId == null ? null : UUID.fromString(subscriptionId); }
    public List<LicenseRequestLine> lines() { return List.copyOf(lines); }
}
