package selfserve.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import selfserve.commerce.internal.RenewalRun;

/**
 * What an in-container test that moves time needs: the deployment's {@link MovableClock}, the renewal
 * run, the REST API of the same server, and commerce's tables to read what happened. A subclass adds
 * this class and {@link MovableClock} to its deployment. Time is back to now after each test.
 */
abstract class ClockMovingTest {

    @Inject
    protected MovableClock clock;

    @Inject
    protected RenewalRun renewals;

    @Inject
    @ConfigProperty(name = "selfserve.http.port")
    private String port;

    @PersistenceContext(unitName = "commerce")
    protected EntityManager commerce;

    protected Api api;

    @BeforeEach
    void connectAtNow() throws Exception {
        api = new Api(new URL("http://localhost:" + port + "/"));
        clock.setTo(Instant.now());
    }

    @AfterEach
    void backToNow() {
        clock.setTo(Instant.now());
    }

    protected String status(String subscriptionId) {
        return (String) commerce.createNativeQuery("select STATUS from COM_SUBSCRIPTION where ID = ?")
                .setParameter(1, subscriptionId).getSingleResult();
    }

    protected long invoices(String subscriptionId) {
        return ((Number) commerce.createNativeQuery("select count(*) from COM_INVOICE where SUBSCRIPTION_ID = ?")
                .setParameter(1, subscriptionId).getSingleResult()).longValue();
    }
}
