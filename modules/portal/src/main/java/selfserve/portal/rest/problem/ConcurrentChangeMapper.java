package selfserve.portal.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import selfserve.audit.api.Correlation;
import selfserve.identity.api.LostRace;

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
        if (LostRace.explains(failure)) {
            return problem(409, "CONCURRENT_CHANGE");
        }
        LOG.log(Level.SEVERE, failure, () -> "Transaction failed, correlation id " + correlation.id());
        return problem(500, "INTERNAL_ERROR");
    }
}
