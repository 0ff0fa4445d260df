package selfserve.licensing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.SelfServeException;

class AssignmentBatchTest {

    @Test
    void keepsTheDistinctUsersInOrder() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        assertEquals(List.of(first, second), new ArrayList<>(AssignmentBatch.of(List.of(first, second, first))));
    }

    @Test
    void allowsTwentyAndRefusesTwentyOne() {
        assertEquals(20, AssignmentBatch.of(users(20)).size());

        SelfServeException refused = assertThrows(SelfServeException.class, () -> AssignmentBatch.of(users(21)));
        assertEquals("TOO_MANY_USERS_AT_ONCE", refused.code());
        assertEquals(List.of(20, 21), List.of(refused.arguments()));
    }

    @Test
    void refusesNoUsersAndMissingIds() {
        assertEquals("NO_USERS_CHOSEN", assertThrows(SelfServeException.class, () -> AssignmentBatch.of(List.of())).code());
        assertEquals("NO_USERS_CHOSEN", assertThrows(SelfServeException.class, () -> AssignmentBatch.of(null)).code());
        assertEquals("NO_USERS_CHOSEN", assertThrows(SelfServeException.class,
                () -> AssignmentBatch.of(Arrays.asList(UUID.randomUUID(), null))).code());
    }

    private static List<UUID> users(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
    }
}
