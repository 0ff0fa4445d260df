package selfserve.portal.transactions;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * Tells a transaction that lost a race with another change of the same data (a version check or a unique
 * key) from any other failure: the first deserves "changed at the same time, retry", not an error page.
 */
public final class LostRace {

    private LostRace() {
    }

    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || isIntegrityViolation(cause)) {
                return true;
            }
        }
        return false;
    }

    /** SQL state class 23 is an integrity constraint violation on every database. */
    private static boolean isIntegrityViolation(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }
}
