package selfserve.portal.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import selfserve.audit.api.Correlation;

/**
 * A transaction that failed in the container. When it lost a race with another change of the same data
 * (a version check or a unique key), the caller gets a clean 409 and may retry; anything else is a 500.
 */
@Provider
public class ConcurrentChangeMapper extends ProblemMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(ConcurrentChangeMapper.class.getName());

    @Inject
    private Correlation correlation;

    @Override
    public Response toResponse(EJBException failure) {
        if (lostARace(failure)) {
            return problem(409, "CONCURRENT_CHANGE");
        }
        LOG.log(Level.SEVERE, failure, () -> "Transaction failed, correlation id " + correlation.id());
        return problem(500, "INTERNAL_ERROR");
    }

    private static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || isIntegrityViolation(cause)) {
                return true;
            }
        }
        return false;
    }

    /** SQL state class 23 is an integrity constraint violation on every database. */
    private static boolean isIntegrityViolation(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }
}
