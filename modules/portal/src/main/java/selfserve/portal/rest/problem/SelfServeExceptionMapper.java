package selfserve.portal.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import selfserve.identity.api.SelfServeException;

/** A service's refusal: its code, with the status its kind stands for. */
@Provider
public class SelfServeExceptionMapper extends ProblemMapper<SelfServeException> {

    @Override
    public Response toResponse(SelfServeException refusal) {
        int status = switch (refusal.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
        return problem(status, refusal.code(), refusal.arguments());
    }
}
