package selfserve.audit.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import selfserve.audit.api.AuditRecord;
import selfserve.audit.api.AuditTrail;
import selfserve.audit.api.Correlation;
import selfserve.audit.domain.AuditEntry;

/**
 * Stores audit entries in the caller's transaction. Open to every caller, signed in or not, because a
 * failed sign-in must be recorded too; what may be written is decided by the modules that call it.
 */
@Stateless
@PermitAll
public class AuditTrailBean implements AuditTrail {

    @PersistenceContext(unitName = "audit")
    private EntityManager entities;

    @Inject
    private Clock clock;

    @Inject
    private Correlation correlation;

    @Override
    public void record(AuditRecord record) {
        entities.persist(new AuditEntry(record, clock.instant(), correlation.id()));
    }
}
