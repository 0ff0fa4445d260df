package selfserve.portal.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A body that is no JSON, or JSON whose values have the wrong types. */
@Provider
public class MalformedJsonMapper extends ProblemMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return problem(400, "MALFORMED_JSON");
    }
}
