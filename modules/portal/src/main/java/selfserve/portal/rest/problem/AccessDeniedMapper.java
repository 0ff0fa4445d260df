package selfserve.portal.rest.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's role. */
@Provider
public class AccessDeniedMapper extends ProblemMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException exception) {
        return problem(403, "FORBIDDEN");
    }
}
