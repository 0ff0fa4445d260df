package selfserve.portal.rest.problem;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** What every exception mapper of the API shares: it answers a problem detail for the current request. */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Inject
    private Problems problems;

    @Context
    private HttpServletRequest request;

    protected Response problem(int status, String code, Object... arguments) {
        return problems.response(request, status, code, arguments);
    }
}
