package selfserve.licensing.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import selfserve.identity.api.SelfServeException;

/** The users of one assign or unassign request: at least one, at most {@value #MOST_USERS}. */
public final class AssignmentBatch {

    public static final int MOST_USERS = 20;

    private AssignmentBatch() {
    }

    /** The distinct users asked for, in the order given; an empty or too large request is refused. */
    public static Set<UUID> of(Collection<UUID> userIds) {
        if (userIds == null || userIds.isEmpty() || userIds.stream().anyMatch(Objects::isNull)) {
            throw SelfServeException.invalid("NO_USERS_CHOSEN");
        }
        Set<UUID> distinct = new LinkedHashSet<>(userIds);
        if (distinct.size() > MOST_USERS) {
            throw SelfServeException.invalid("TOO_MANY_USERS_AT_ONCE", MOST_USERS, distinct.size());
        }
        return distinct;
    }
}
