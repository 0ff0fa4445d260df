package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import selfserve.commerce.api.PurchaseRequest;
import selfserve.commerce.api.Purchases;
import selfserve.commerce.api.Receipt;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.Roles;

/**
 * Self-service buying, with one answer per idempotency key however many twins of a request arrive at
 * once. The first to write the key buys; each twin waits on the key's unique index and then fails its
 * transaction. That twin's purchase is simply run again in a new transaction, which now finds the
 * committed key and answers the same receipt (or IDEMPOTENCY_KEY_REUSED for another body). So ten
 * concurrent twins get ten equal answers, not one receipt and nine "try again".
 */
@Stateless
@RolesAllowed(Roles.USER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each attempt is its own transaction
public class PurchasesBean implements Purchases {

    private static final Logger LOG = Logger.getLogger(PurchasesBean.class.getName());

    /** Enough for twins that waited on a key whose first request was still running after the lock timeout. */
    static final int ATTEMPTS = 4;

    @Inject
    private PurchaseTransaction transaction;

    @Override
    public Receipt purchase(PurchaseRequest request, String idempotencyKey) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.purchase(request, idempotencyKey);
            } catch (EJBException failure) {
                if (attempt == ATTEMPTS || !LostRace.explains(failure)) {
                    throw failure;
                }
                int retry = attempt;
                LOG.fine(() -> "A twin request holds idempotency key " + idempotencyKey + "; attempt " + (retry + 1));
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EJBException(e);
        }
    }
}
