package selfserve.commerce.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Keeps money and records together: a charge is made before the records that show it are committed, so
 * if they are not committed after all, the charge is voided.
 */
@ApplicationScoped
public class Charges {

    @Inject
    private PaymentGateway gateway;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    void voidIfRolledBack(String chargeId) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    gateway.voidCharge(chargeId);
                }
            }
        });
    }
}
