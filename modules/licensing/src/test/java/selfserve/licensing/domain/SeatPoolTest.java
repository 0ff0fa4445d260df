package selfserve.licensing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.SelfServeException;

class SeatPoolTest {

    private static final UUID PURCHASER = UUID.randomUUID();

    private final SeatPool pool = new SeatPool(UUID.randomUUID(), UUID.randomUUID(), "CFQ7TTC0H9MP", PURCHASER, 10);

    @Test
    void takesSeatsUpToTheQuantity() {
        pool.take(4);
        pool.take(6);

        assertEquals(10, pool.assigned());
        assertEquals(0, pool.free());
    }

    @Test
    void refusesMoreThanIsFreeAsAWholeAndSaysHowManyAre() {
        pool.take(8);

        SelfServeException refused = assertThrows(SelfServeException.class, () -> pool.take(3));

        assertEquals("NOT_ENOUGH_SEATS", refused.code());
        assertEquals(SelfServeException.Kind.CONFLICT, refused.kind());
        assertEquals(List.of(3, 2), List.of(refused.arguments()));
        assertEquals(8, pool.assigned(), "nothing taken");
    }

    @Test
    void neverGoesBelowTheAssignedWhenResized() {
        pool.take(6);

        assertEquals("QUANTITY_BELOW_ASSIGNED", assertThrows(SelfServeException.class, () -> pool.resize(5)).code());
        pool.resize(6);

        assertEquals(6, pool.seats());
        assertEquals(0, pool.free());
    }

    @Test
    void anEndedSubscriptionHasNoSeats() {
        pool.take(3);
        pool.stop();

        assertFalse(pool.isRunning());
        assertEquals(0, pool.assigned());
        assertEquals(0, pool.free());
        assertEquals("SUBSCRIPTION_NOT_RUNNING", assertThrows(SelfServeException.class, () -> pool.take(1)).code());
    }

    @Test
    void knowsItsPurchaser() {
        assertTrue(pool.isPurchasedBy(PURCHASER));
        assertFalse(pool.isPurchasedBy(UUID.randomUUID()));
        assertTrue(pool.isSelfService());
        assertFalse(new SeatPool(UUID.randomUUID(), UUID.randomUUID(), "CFQ7TTC0H9MP", null, 5).isSelfService());
    }

    @Test
    void releasingNeverGoesNegative() {
        pool.take(2);
        pool.release(5);

        assertEquals(0, pool.assigned());
    }
}
