package selfserve.commerce.internal;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a transaction that lost a unique key to a concurrent one (or waited for it longer than the
 * database's lock timeout) from any other failure: only the first is worth running again.
 */
final class KeyRace {

    /**
     * 23505 unique violation (H2, PostgreSQL); HYT00 H2's lock timeout, 55P03 PostgreSQL's; 40001 a
     * serialization failure; 90131 H2's concurrent update of one row.
     */
    private static final Set<String> STATES = Set.of("23505", "HYT00", "55P03", "40001", "90131");

    private KeyRace() {
    }

    static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
