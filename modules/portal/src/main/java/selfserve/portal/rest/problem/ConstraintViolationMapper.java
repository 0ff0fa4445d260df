package selfserve.portal.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** A request that breaks a Bean Validation constraint: the detail names the fields. */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        String fields = exception.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::fieldName)
                .sorted()
                .distinct()
                .collect(Collectors.joining(", "));
        return problem(400, "INVALID_INPUT", fields);
    }

    /** The last node of a path such as {@code issue.request.label}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
