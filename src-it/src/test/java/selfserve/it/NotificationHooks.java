package selfserve.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import selfserve.commerce.api.SubscriptionEvent;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.notifications.internal.Dispatcher;

/**
 * What the client-side mail tests ask of the server under test, added only to their deployment: move its
 * clock, run the dispatcher now, announce a commerce event that no operation fires yet (an admin's
 * take-over), leave a notice claimed as a server that died would, and read a notice's delivery state.
 * Answers are plain text: {@code key=value} lines.
 */
@WebServlet("/it-notifications/*")
public class NotificationHooks extends HttpServlet {

    @Inject
    private MovableClock clock;

    @Inject
    private Dispatcher dispatcher;

    @Inject
    private Event<SubscriptionEvent> events;

    @PersistenceContext(unitName = "notifications")
    private EntityManager notifications;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            String answer = switch (request.getPathInfo()) {
                case "/clock" -> {
                    String advance = request.getParameter("advance");
                    if (advance == null) {
                        clock.setTo(Instant.now());
                    } else {
                        clock.advance(Duration.parse(advance));
                    }
                    yield "now=" + clock.instant();
                }
                case "/dispatch" -> "delivered=" + dispatcher.dispatchDue();
                case "/announce" -> announce(request);
                default -> throw new IllegalArgumentException("No hook " + request.getPathInfo());
            };
            response.getWriter().print(answer);
        } catch (Exception e) {
            response.setStatus(500);
            response.getWriter().print(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        // The notices about one subject (a subscription), oldest first: id, kind, state, attempts, claim.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = notifications.createNativeQuery("""
                        select ID, KIND, MAIL_STATE, ATTEMPTS, CLAIMED_BY, LAST_ERROR from NTF_NOTICE
                        where SUBJECT_REF = ? order by CREATED_AT""")
                .setParameter(1, request.getParameter("about")).getResultList();
        StringBuilder answer = new StringBuilder();
        for (Object[] row : rows) {
            answer.append(row[0]).append(' ').append(row[1]).append(' ').append(row[2]).append(' ').append(row[3]).append(' ')
                    .append(row[4]).append(' ').append(row[5] == null ? "" : row[5].toString().replace('\n', ' ')).append('\n');
        }
        response.getWriter().print(answer);
    }

    /**
     * Fires commerce's event for a subscription in a transaction of its own, as commerce does inside a
     * change. With {@code dieAfterCommit=true}, the notice it writes is claimed in that same transaction by
     * a sender that never finishes: the state a server leaves when it dies between commit and delivery.
     */
    private String announce(HttpServletRequest request) throws Exception {
        String subscription = request.getParameter("subscription");
        SubscriptionEventKind kind = SubscriptionEventKind.valueOf(request.getParameter("kind"));
        UUID actor = UUID.fromString(request.getParameter("actor"));
        boolean die = Boolean.parseBoolean(request.getParameter("dieAfterCommit"));
        transaction.begin();
        try {
            Object[] row = (Object[]) notifications.createNativeQuery("""
                            select TENANT_ID, PURCHASER_ID, PRODUCT_ID, QUANTITY from COM_SUBSCRIPTION where ID = ?""")
                    .setParameter(1, subscription).getSingleResult();
            int quantity = ((Number) row[3]).intValue();
            events.fire(new SubscriptionEvent(kind, UUID.fromString(subscription), UUID.fromString(row[0].toString()),
                    UUID.fromString(row[1].toString()), actor, row[2].toString(), quantity, quantity, null, clock.instant(),
                    null, "IT"));
            String notice = (String) notifications.createNativeQuery("""
                            select ID from NTF_NOTICE where SUBJECT_REF = ? and MAIL_STATE = 'PENDING'
                            order by CREATED_AT desc""")
                    .setParameter(1, subscription).setMaxResults(1).getSingleResult();
            if (die) {
                notifications.createNativeQuery("update NTF_NOTICE set CLAIMED_BY = 'dead-server', CLAIMED_UNTIL = ? where ID = ?")
                        .setParameter(1, OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofMinutes(5)), ZoneOffset.UTC))
                        .setParameter(2, notice).executeUpdate();
            }
            transaction.commit();
            return "notice=" + notice;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
