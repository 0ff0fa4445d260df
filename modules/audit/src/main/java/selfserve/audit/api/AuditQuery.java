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
 * @param product the product whose entries are shown (its id, not an alias); null: every product. With targets,
 *                the entries of either
 * @param targets the targets shown (a subscription, user or request id, say); empty: every target
 */
public record AuditQuery(Instant from, Instant to, String actor, Set<String> actions, String product,
                         Set<String> targets) {

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        product = product == null || product.isBlank() ? null : product.strip();
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
        return new AuditQuery(null, null, null, Set.of(), null, Set.of());
    }
}
