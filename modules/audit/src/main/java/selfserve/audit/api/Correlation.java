package selfserve.audit.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the current request: taken from the caller when it sends a well-formed one,
 * otherwise made up, so that an answer and the audit entries it caused can be matched.
 */
@RequestScoped
public class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private String id;

    public String id() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        return id;
    }

    /** Adopts the caller's id if it is well-formed; anything else is ignored, never stored. */
    public void adopt(String callerId) {
        if (callerId != null && WELL_FORMED.matcher(callerId).matches()) {
            id = callerId;
        }
    }
}
