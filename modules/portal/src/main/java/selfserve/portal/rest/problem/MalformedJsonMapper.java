package selfserve.portal.rest.problem;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is no JSON, or JSON whose values have the wrong types. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    @Inject
    private Problems problems;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(JsonbException exception) {
        return problems.response(request, 400, "MALFORMED_JSON");
    }
}
