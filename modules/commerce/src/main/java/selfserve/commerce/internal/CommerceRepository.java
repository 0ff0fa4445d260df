package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Price;
import selfserve.commerce.api.SubscriptionStatus;
import selfserve.commerce.api.Term;
import selfserve.commerce.domain.BillingProfile;
import selfserve.commerce.domain.IdempotentRequest;
import selfserve.commerce.domain.Invoice;
import selfserve.commerce.domain.OrderHistoryLine;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.commerce.domain.PriceEntry;
import selfserve.commerce.domain.SpendSum;
import selfserve.commerce.domain.Subscription;

/** Queries on commerce's own tables; runs in the transaction of the EJB that calls it. */
@ApplicationScoped
public class CommerceRepository {

    @PersistenceContext(unitName = "commerce")
    private EntityManager entities;

    public List<Price> prices(Channel channel, String currency) {
        return entities.createQuery("""
                        select p from PriceEntry p where p.id.channel = :channel and p.id.currency = :currency""",
                        PriceEntry.class)
                .setParameter("channel", channel)
                .setParameter("currency", currency)
                .getResultStream().map(PriceEntry::toPrice).toList();
    }

    public Optional<Price> price(String productId, Channel channel, Term term, String currency) {
        return entities.createQuery("""
                        select p from PriceEntry p where p.id.productId = :product and p.id.channel = :channel
                        and p.id.term = :term and p.id.currency = :currency""", PriceEntry.class)
                .setParameter("product", productId)
                .setParameter("channel", channel)
                .setParameter("term", term)
                .setParameter("currency", currency)
                .getResultStream().findFirst().map(PriceEntry::toPrice);
    }

    public Optional<PaymentMethod> paymentMethod(UUID id) {
        return Optional.ofNullable(entities.find(PaymentMethod.class, id));
    }

    /** A person's cards, newest first; removed ones are left out. */
    public List<PaymentMethod> paymentMethodsOf(UUID ownerId) {
        return entities.createQuery("""
                        select m from PaymentMethod m where m.ownerId = :owner and m.removedAt is null
                        order by m.createdAt desc""", PaymentMethod.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    /** How many trials and active subscriptions are charged to the card. */
    public long runningSubscriptionsCharging(UUID paymentMethodId) {
        return entities.createQuery("""
                        select count(s) from Subscription s where s.paymentMethodId = :card and s.status in :running""",
                        Long.class)
                .setParameter("card", paymentMethodId.toString())
                .setParameter("running", List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIAL))
                .getSingleResult();
    }

    public Optional<BillingProfile> billingProfileOf(UUID ownerId) {
        return entities.createQuery("select p from BillingProfile p where p.ownerId = :owner", BillingProfile.class)
                .setParameter("owner", ownerId)
                .getResultStream().findFirst();
    }

    public List<Subscription> subscriptionsOf(UUID purchaserId) {
        return entities.createQuery("select s from Subscription s where s.purchaserId = :purchaser order by s.startedAt desc",
                        Subscription.class)
                .setParameter("purchaser", purchaserId.toString())
                .getResultList();
    }

    /** A tenant's subscriptions, grouped by product, newest first within a product. */
    public List<Subscription> subscriptionsOfTenant(UUID tenantId) {
        return entities.createQuery("""
                        select s from Subscription s where s.tenantId = :tenant order by s.productId, s.startedAt desc""",
                        Subscription.class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }

    /**
     * One page of a tenant's subscriptions in a stable order: by product, newest first, then by id (two can
     * start in the same microsecond). Served by the tenant page indexes of migration 3.8.
     */
    public List<Subscription> subscriptionsOfTenant(UUID tenantId, boolean centralOnly, int offset, int limit) {
        var query = entities.createQuery("select s from Subscription s where s.tenantId = :tenant"
                        + (centralOnly ? " and s.channel = :central" : "")
                        + " order by s.productId, s.startedAt desc, s.id", Subscription.class)
                .setParameter("tenant", tenantId);
        if (centralOnly) {
            query.setParameter("central", Channel.CENTRAL);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many subscriptions the tenant has, central only or all. */
    public long countOfTenant(UUID tenantId, boolean centralOnly) {
        var query = entities.createQuery("select count(s) from Subscription s where s.tenantId = :tenant"
                        + (centralOnly ? " and s.channel = :central" : ""), Long.class)
                .setParameter("tenant", tenantId);
        if (centralOnly) {
            query.setParameter("central", Channel.CENTRAL);
        }
        return query.getSingleResult();
    }

    /** A subscription's order history, oldest first. */
    public List<OrderHistoryLine> historyOf(UUID subscriptionId) {
        return entities.createQuery(
                        "select h from OrderHistoryLine h where h.subscriptionId = :subscription order by h.occurredAt, h.id",
                        OrderHistoryLine.class)
                .setParameter("subscription", subscriptionId)
                .getResultList();
    }

    /** Whether the person has had a trial of the product, running or over. */
    public boolean hadTrial(UUID purchaserId, String productId) {
        return !entities.createQuery("""
                        select s.id from Subscription s where s.purchaserId = :purchaser and s.productId = :product
                        and s.trialEndsAt is not null""", UUID.class)
                .setParameter("purchaser", purchaserId.toString())
                .setParameter("product", productId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public boolean hasCentral(UUID tenantId, String productId) {
        return !entities.createQuery("""
                        select s.id from Subscription s where s.tenantId = :tenant and s.productId = :product
                        and s.channel = :central""", UUID.class)
                .setParameter("tenant", tenantId)
                .setParameter("product", productId)
                .setParameter("central", Channel.CENTRAL)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public Optional<Subscription> subscription(UUID id) {
        return Optional.ofNullable(entities.find(Subscription.class, id));
    }

    /** Running subscriptions whose term or trial is over or whose retry is due, and that no server holds. */
    public List<UUID> dueForRenewal(Instant now, int most) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return entities.createQuery("""
                        select s.id from Subscription s where s.status in :running
                        and ((s.nextRenewalAttemptAt is null and s.renewsAt <= :now) or s.nextRenewalAttemptAt <= :now)
                        and (s.renewalClaimedUntil is null or s.renewalClaimedUntil < :now)
                        order by s.renewsAt""", UUID.class)
                .setParameter("running", List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIAL))
                .setParameter("now", at)
                .setMaxResults(most)
                .getResultList();
    }

    /**
     * Running subscriptions that will soon end a trial (within {@code trialLead}) or renew an annual term
     * (within {@code annualLead}), and that no retry is pending for: what the renewal run reminds people of.
     */
    public List<UUID> dueForReminder(Instant now, java.time.Duration trialLead, java.time.Duration annualLead, int most) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return entities.createQuery("""
                        select s.id from Subscription s where s.nextRenewalAttemptAt is null and s.renewsAt > :now
                        and ((s.status = :trial and s.renewsAt <= :trialUntil)
                          or (s.status = :active and s.term = :annual and s.renewsAt <= :annualUntil))
                        order by s.renewsAt""", UUID.class)
                .setParameter("now", at)
                .setParameter("trial", SubscriptionStatus.TRIAL)
                .setParameter("active", SubscriptionStatus.ACTIVE)
                .setParameter("annual", Term.ANNUAL)
                .setParameter("trialUntil", now.plus(trialLead).atOffset(ZoneOffset.UTC))
                .setParameter("annualUntil", now.plus(annualLead).atOffset(ZoneOffset.UTC))
                .setMaxResults(most)
                .getResultList();
    }

    /**
     * Holds a subscription for one server's renewal until {@code until}: the conditional update succeeds
     * for exactly one of several servers asking at once.
     */
    public boolean claimRenewal(UUID id, Instant now, Instant until) {
        return entities.createQuery("""
                        update Subscription s set s.renewalClaimedUntil = :until
                        where s.id = :id and (s.renewalClaimedUntil is null or s.renewalClaimedUntil < :now)""")
                .setParameter("until", until.atOffset(ZoneOffset.UTC))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    public void releaseRenewal(UUID id) {
        entities.createQuery("update Subscription s set s.renewalClaimedUntil = null where s.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** A purchaser's invoices issued in [from, to), newest first. */
    public List<Invoice> invoicesOf(UUID purchaserId, Instant from, Instant to) {
        return entities.createQuery("""
                        select i from Invoice i where i.purchaserId = :purchaser and i.issuedAt >= :from and i.issuedAt < :to
                        order by i.issuedAt desc""", Invoice.class)
                .setParameter("purchaser", purchaserId.toString())
                .setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getResultList();
    }

    /** The product of each of these subscriptions, in one query. */
    public Map<UUID, String> productsOf(Set<UUID> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return Map.of();
        }
        return entities.createQuery("select s from Subscription s where s.id in :ids", Subscription.class)
                .setParameter("ids", subscriptionIds)
                .getResultStream()
                .collect(Collectors.toMap(Subscription::id, Subscription::productId));
    }

    /**
     * What a tenant was invoiced in {@code currency} from {@code from} to {@code to} (excluded), summed by the
     * database per channel and product: one row per pair, never the invoices themselves. The range is read
     * through the index on the tenant and issue time (migration 3.3); each invoice finds its subscription by
     * primary key.
     */
    public List<SpendSum> spendByChannelAndProduct(UUID tenantId, String currency, Instant from, Instant to) {
        return entities.createQuery("""
                        select new selfserve.commerce.domain.SpendSum(s.channel, s.productId, sum(i.amount))
                        from Invoice i, Subscription s
                        where i.tenantId = :tenant and i.issuedAt >= :from and i.issuedAt < :to
                        and i.currency = :currency and s.id = i.subscriptionId
                        group by s.channel, s.productId""", SpendSum.class)
                .setParameter("tenant", tenantId)
                .setParameter("currency", currency)
                .setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getResultList();
    }

    /**
     * The {@code most} people whose self-service purchases were invoiced the most in {@code currency} from
     * {@code from} to {@code to} (excluded), summed and ranked by the database: the most first, equal sums by
     * purchaser id so that the cut at {@code most} is always the same. Pairs of purchaser id (text) and sum.
     */
    public List<Object[]> topSelfServicePurchasers(UUID tenantId, String currency, Instant from, Instant to, int most) {
        return entities.createQuery("""
                        select i.purchaserId, sum(i.amount) as spent
                        from Invoice i, Subscription s
                        where i.tenantId = :tenant and i.issuedAt >= :from and i.issuedAt < :to
                        and i.currency = :currency and i.purchaserId is not null
                        and s.id = i.subscriptionId and s.channel = :selfService
                        group by i.purchaserId
                        order by spent desc, i.purchaserId""", Object[].class)
                .setParameter("tenant", tenantId)
                .setParameter("currency", currency)
                .setParameter("from", from.atOffset(ZoneOffset.UTC))
                .setParameter("to", to.atOffset(ZoneOffset.UTC))
                .setParameter("selfService", Channel.SELF_SERVICE)
                .setMaxResults(most)
                .getResultList();
    }

    public Optional<Invoice> invoice(UUID id) {
        return Optional.ofNullable(entities.find(Invoice.class, id));
    }

    public Optional<IdempotentRequest> idempotentRequest(UUID callerId, String key) {
        return entities.createQuery("""
                        select i from IdempotentRequest i where i.callerId = :caller and i.idempotencyKey = :key""",
                        IdempotentRequest.class)
                .setParameter("caller", callerId)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** Writes the claim on a key at once: a second request with the key waits here until the first is done. */
    public void claim(IdempotentRequest purchase) {
        entities.persist(purchase);
        entities.flush();
    }

    /**
     * Writes a new row at once. Commerce's rows refer to each other by id, not by JPA relations, so
     * EclipseLink cannot order the inserts for the foreign keys; writing each when it is added does.
     */
    public void add(Object entity) {
        entities.persist(entity);
        entities.flush();
    }
}
