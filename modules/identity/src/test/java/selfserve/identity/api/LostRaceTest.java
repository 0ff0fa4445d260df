package selfserve.identity.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failed transactions are races: each such caller gets a 409 (or a purchase runs again). */
class LostRaceTest {

    @ParameterizedTest
    @ValueSource(strings = {"23505", "40001", "40P01", "HYT00", "55P03", "90131"})
    void aDeadlockALockTimeoutOrATakenKeyDeepInTheChainIsARace(String sqlState) {
        SQLException database = new SQLException("lost", sqlState);

        assertTrue(LostRace.explains(new EJBException(new PersistenceException(database))));
    }

    @Test
    void aFailedVersionCheckIsARace() {
        assertTrue(LostRace.explains(new EJBException(new OptimisticLockException("stale"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23502", "23503", "42S02", "08006"})
    void aMissingParentAMissingTableOrALostConnectionIsNot(String sqlState) {
        SQLException database = new SQLException("broken", sqlState);

        assertFalse(LostRace.explains(new EJBException(new PersistenceException(database))));
    }

    @Test
    void aFailureWithoutADatabaseCauseIsNot() {
        assertFalse(LostRace.explains(new EJBException(new IllegalStateException("bug"))));
    }
}
