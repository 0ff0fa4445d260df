package selfserve.licensing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.LicenseRequestStatus;
import selfserve.licensing.api.RequestOutcome;

class LicenseRequestTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID ERIK = UUID.randomUUID();
    private static final UUID KARIN = UUID.randomUUID();
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID ADMIN = UUID.randomUUID();
    private static final UUID CENTRAL = UUID.randomUUID();

    private static LicenseRequest erikAsks(String note, UUID... people) {
        return LicenseRequest.open(TENANT, "CFQ7TTC0MM8R", ERIK, List.of(people), note, CLOCK.instant());
    }

    @Test
    void aNewRequestIsPendingForEveryPersonNamedOnceInOrder() {
        LicenseRequest request = erikAsks("  For the sales team.\r\n ", ERIK, KARIN, ERIK);

        assertEquals(LicenseRequestStatus.PENDING, request.status());
        assertEquals(List.of(ERIK, KARIN), request.lines().stream().map(LicenseRequestLine::userId).toList());
        assertTrue(request.lines().stream().allMatch(line -> line.outcome() == RequestOutcome.PENDING));
        assertEquals("For the sales team.", request.note());
        assertEquals(CLOCK.instant(), request.createdAt());
    }

    @Test
    void nobodyOrMoreThanTwentyPeopleOrALongNoteIsRefused() {
        assertEquals("NO_PEOPLE_IN_REQUEST", code(() -> erikAsks(null)));
        UUID[] many = IntStream.range(0, 21).mapToObj(i -> UUID.randomUUID()).toArray(UUID[]::new);
        assertEquals("TOO_MANY_PEOPLE_IN_REQUEST", code(() -> erikAsks(null, many)));
        assertEquals("REQUEST_NOTE_TOO_LONG", code(() -> erikAsks("x".repeat(501), ERIK)));
        assertEquals(500, erikAsks("x".repeat(500), ERIK).note().length());
        assertNull(erikAsks("   ", ERIK).note());
    }

    @Test
    void askingAgainAddsTheNewPeopleAndReplacesTheNote() {
        LicenseRequest request = erikAsks("first", ERIK);

        List<UUID> added = request.add(List.of(KARIN, ERIK), "second");

        assertEquals(List.of(KARIN), added);
        assertEquals(List.of(ERIK, KARIN), request.lines().stream().map(LicenseRequestLine::userId).toList());
        assertEquals("second", request.note());
        assertEquals("first", erikAsks("first", ERIK).note());
        UUID[] nineteen = IntStream.range(0, 19).mapToObj(i -> UUID.randomUUID()).toArray(UUID[]::new);
        assertEquals("TOO_MANY_PEOPLE_IN_REQUEST", code(() -> request.add(List.of(nineteen), null)));
        assertEquals(2, request.lines().size(), "nothing added");
    }

    @Test
    void aPartialApprovalAnswersEachPersonAndCompletesTheRequest() {
        LicenseRequest request = erikAsks(null, ERIK, KARIN, ANNA);

        request.decide(Set.of(ERIK, ANNA), Set.of(KARIN), CENTRAL, " Karin has one already. ", ADMIN, "Sofia Lund",
                CLOCK.instant());

        assertEquals(LicenseRequestStatus.COMPLETED, request.status());
        assertEquals(List.of(RequestOutcome.APPROVED, RequestOutcome.DENIED, RequestOutcome.APPROVED),
                request.lines().stream().map(LicenseRequestLine::outcome).toList());
        assertEquals(CENTRAL, request.subscriptionId());
        assertEquals("Karin has one already.", request.message());
        assertEquals(ADMIN, request.decidedBy());
        assertEquals("Sofia Lund", request.decidedByName());
        assertEquals(CLOCK.instant(), request.decidedAt());
    }

    @Test
    void aDecisionNamesEveryoneOnceAndASubscriptionWhenSomeoneIsApproved() {
        LicenseRequest request = erikAsks(null, ERIK, KARIN);
        assertEquals("DECISION_INCOMPLETE", code(() -> decide(request, Set.of(ERIK), Set.of())));
        assertEquals("DECISION_INCOMPLETE", code(() -> decide(request, Set.of(ERIK, KARIN), Set.of(KARIN))));
        assertEquals("DECISION_INCOMPLETE", code(() -> decide(request, Set.of(ERIK, KARIN, ANNA), Set.of())));
        assertEquals("SUBSCRIPTION_REQUIRED", code(() -> request.decide(Set.of(ERIK), Set.of(KARIN), null, null, ADMIN,
                "A", CLOCK.instant())));
        assertEquals("DECISION_MESSAGE_TOO_LONG", code(() -> request.decide(Set.of(), Set.of(ERIK, KARIN), null,
                "x".repeat(1001), ADMIN, "A", CLOCK.instant())));
        assertEquals(LicenseRequestStatus.PENDING, request.status(), "a refused decision changes nothing");

        request.decide(Set.of(), Set.of(ERIK, KARIN), null, null, ADMIN, "A", CLOCK.instant());
        assertNull(request.subscriptionId(), "denying all needs no subscription");
        assertTrue(request.lines().stream().allMatch(line -> line.outcome() == RequestOutcome.DENIED));
    }

    @Test
    void aRequestIsDecidedOnceAndThenTakesNoMorePeople() {
        LicenseRequest request = erikAsks(null, ERIK);
        decide(request, Set.of(ERIK), Set.of());

        SelfServeException again = assertThrows(SelfServeException.class, () -> decide(request, Set.of(), Set.of(ERIK)));
        assertEquals("REQUEST_ALREADY_DECIDED", again.code());
        assertEquals(SelfServeException.Kind.CONFLICT, again.kind());
        assertEquals("REQUEST_ALREADY_DECIDED", code(() -> request.add(List.of(KARIN), null)));
    }

    @Test
    void requestsAreKeptTwelveCalendarMonths() {
        LicenseRequest request = erikAsks(null, ERIK);
        Instant made = request.createdAt();

        assertEquals(Instant.parse("2025-03-15T10:00:00Z"), RequestRetention.cutoff(made));
        assertTrue(!request.isExpired(made.atOffset(ZoneOffset.UTC).plusMonths(12).minusSeconds(1).toInstant()));
        assertTrue(request.isExpired(made.atOffset(ZoneOffset.UTC).plusMonths(12).toInstant()));
    }

    private static void decide(LicenseRequest request, Set<UUID> approved, Set<UUID> denied) {
        request.decide(approved, denied, CENTRAL, null, ADMIN, "Sofia Lund", CLOCK.instant());
    }

    private static String code(Runnable action) {
        return assertThrows(SelfServeException.class, action::run).code();
    }
}
