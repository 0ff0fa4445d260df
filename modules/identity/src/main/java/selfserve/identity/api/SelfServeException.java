package selfserve.identity.api;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A refusal the caller can understand: a stable code (which the portal and the REST API translate into
 * the caller's language) with the values its message needs. Thrown from a service, it rolls the
 * transaction back, so a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class SelfServeException extends RuntimeException {

    /** What kind of refusal this is; the REST API maps it to a status code. */
    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, UNPROCESSABLE }

    private final Kind kind;
    private final String code;
    private final transient Object[] arguments;

    public SelfServeException(Kind kind, String code, Object... arguments) {
        super(code);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.arguments = arguments.clone();
    }

    public static SelfServeException invalid(String code, Object... arguments) {
        return new SelfServeException(Kind.INVALID, code, arguments);
    }

    public static SelfServeException notFound(String code, Object... arguments) {
        return new SelfServeException(Kind.NOT_FOUND, code, arguments);
    }

    public static SelfServeException forbidden(String code, Object... arguments) {
        return new SelfServeException(Kind.FORBIDDEN, code, arguments);
    }

    public static SelfServeException conflict(String code, Object... arguments) {
        return new SelfServeException(Kind.CONFLICT, code, arguments);
    }

    public static SelfServeException unprocessable(String code, Object... arguments) {
        return new SelfServeException(Kind.UNPROCESSABLE, code, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The stable code, such as {@code TOKEN_NOT_FOUND}. */
    public String code() {
        return code;
    }

    /** The values the localized message shows, in order. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
