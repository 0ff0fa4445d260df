package selfserve.portal.transactions;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * Tells a transaction that lost a race with another change of the same data (a version check, or a second
 * insert of the same unique key) from any other failure: the first deserves "changed at the same time,
 * retry", not an error page. Other integrity violations (a missing parent row, say) are bugs, not races.
 */
public final class LostRace {

    private LostRace() {
    }

    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || isUniqueViolation(cause)) {
                return true;
            }
        }
        return false;
    }

    /** SQL state 23505 is a unique violation on H2 and PostgreSQL alike. */
    private static boolean isUniqueViolation(Throwable cause) {
        return cause instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }
}
