package selfserve.identity.api;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a transaction that lost a race with another change of the same data from any other failure. A lost
 * race deserves "changed at the same time, retry" (409), not an error page; a request that lost its
 * idempotency key to a twin is worth running again. Other integrity violations (a missing parent row, say)
 * are bugs, not races.
 */
public final class LostRace {

    /**
     * 23505 a second insert of a unique key (H2, PostgreSQL); 40001 a deadlock victim or serialization
     * failure (H2, PostgreSQL), 40P01 PostgreSQL's deadlock; HYT00 H2's lock timeout, 55P03 PostgreSQL's;
     * 90131 H2's concurrent update of one row.
     */
    private static final Set<String> SQL_STATES = Set.of("23505", "40001", "40P01", "HYT00", "55P03", "90131");

    private LostRace() {
    }

    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
