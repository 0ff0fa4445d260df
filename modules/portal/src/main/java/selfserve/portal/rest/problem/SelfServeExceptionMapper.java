package selfserve.portal.rest.problem;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import selfserve.identity.api.SelfServeException;

/** A service's refusal: its code, with the status its kind stands for. */
@Provider
public class SelfServeExceptionMapper implements ExceptionMapper<SelfServeException> {

    @Inject
    private Problems problems;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(SelfServeException refusal) {
        int status = switch (refusal.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        return problems.response(request, status, refusal.code(), refusal.arguments());
    }
}
