package selfserve.portal.rest.problem;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import selfserve.audit.api.Correlation;

/** Anything else: logged with the correlation id for the operator, answered without a stack trace. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    private Problems problems;

    @Inject
    private Correlation correlation;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable error) {
        LOG.log(Level.SEVERE, error, () -> "Unexpected error, correlation id " + correlation.id());
        return problems.response(request, 500, "INTERNAL_ERROR");
    }
}
