package selfserve.portal.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import selfserve.audit.api.Correlation;

/** Anything else: logged with the correlation id for the operator, answered without a stack trace. */
@Provider
public class UnexpectedErrorMapper extends ProblemMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    private Correlation correlation;

    @Override
    public Response toResponse(Throwable error) {
        LOG.log(Level.SEVERE, error, () -> "Unexpected error, correlation id " + correlation.id());
        return problem(500, "INTERNAL_ERROR");
    }
}
