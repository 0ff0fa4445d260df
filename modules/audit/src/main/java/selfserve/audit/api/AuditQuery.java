package selfserve.audit.api;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What the audit log shows of a tenant: every entry when nothing is set.
 *
 * @param from    the earliest time shown (inclusive); null: from the first entry
 * @param to      the end of the range (exclusive); null: up to now
 * @param actor   part of the actor's name (their email), in any case; null or blank: anyone
 * @param actions the action codes shown (see {@link AuditActions}); empty: every action
 * @param targets the targets shown (a product id and the ids of its subscriptions, say); empty: every target
 */
public record AuditQuery(Instant from, Instant to, String actor, Set<String> actions, Set<String> targets) {

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        targets = targets == null ? Set.of() : Set.copyOf(targets);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (!AuditActions.ALL.containsAll(actions)) {
            throw new IllegalArgumentException("unknown action in " + actions);
        }
    }

    /** Every entry of the tenant. */
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, Set.of(), Set.of());
    }
}
