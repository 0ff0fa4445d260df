package selfserve.portal.rest.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's role. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Inject
    private Problems problems;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(EJBAccessException exception) {
        return problems.response(request, 403, "FORBIDDEN");
    }
}
