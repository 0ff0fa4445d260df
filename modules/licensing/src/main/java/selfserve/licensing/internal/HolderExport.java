package selfserve.licensing.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import selfserve.identity.api.AdminScope.Person;
import selfserve.licensing.api.LicenseHolderRow;

/**
 * Streams the current holders of a tenant's licenses with plain JDBC over licensing's own tables: rows are
 * fetched in pages, names and purchasers are looked up per page of {@value #PAGE} holders, and nothing is
 * collected, so an export of millions of rows runs in a small, fixed amount of memory. JPA would keep every
 * entity it read.
 */
@ApplicationScoped
public class HolderExport {

    /** Holders read and named together: one lookup of names per page. */
    static final int PAGE = 1000;
    /** Subscriptions asked for in one statement, to keep the IN list a size every database takes. */
    static final int SUBSCRIPTIONS_PER_QUERY = 500;

    private static final String ROWS = """
            select a.USER_ID, a.PRODUCT_ID, a.SUBSCRIPTION_ID, a.BEGAN_AT
            from LIC_ASSIGNMENT a where a.TENANT_ID = ? and a.ENDED_AT is null""";
    /**
     * Every column of LIC_ASSIGNMENT_TENANT, so that the database streams the rows in index order. Ordered (and
     * joined to the pools) otherwise, H2 sorted all of them before the first: 2 million took longer than 30 s.
     */
    private static final String ORDER = " order by a.TENANT_ID, a.ENDED_AT, a.SUBSCRIPTION_ID, a.BEGAN_AT";

    @Resource(lookup = "jdbc/selfserve")
    private DataSource database;

    public HolderExport() {
        // for CDI; the container injects the data source
    }

    /** An export reading from this data source (the streaming test's own database). */
    HolderExport(DataSource database) {
        this.database = database;
    }

    /** A holder as read, before names and purchasers are known. */
    private record Holding(UUID userId, String productId, UUID subscriptionId, OffsetDateTime since) {
    }

    long count(UUID tenantId, Collection<UUID> subscriptionIds) {
        String count = "select count(*) from LIC_ASSIGNMENT a where a.TENANT_ID = ? and a.ENDED_AT is null";
        long total = 0;
        for (List<UUID> chunk : chunks(subscriptionIds)) {
            try (Connection connection = database.getConnection();
                 PreparedStatement query = statement(connection, count, tenantId, chunk, "");
                 ResultSet result = query.executeQuery()) {
                result.next();
                total += result.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Counting license holders failed", e);
            }
        }
        return total;
    }

    /**
     * Hands each holder to {@code sink}; {@code people} names a page of users of the tenant, and
     * {@code productNames} a product.
     */
    void stream(UUID tenantId, Collection<UUID> subscriptionIds, Function<Set<UUID>, Map<UUID, Person>> people,
                Function<String, String> productNames, Consumer<LicenseHolderRow> sink) {
        for (List<UUID> chunk : chunks(subscriptionIds)) {
            try (Connection connection = database.getConnection();
                 PreparedStatement query = statement(connection, ROWS, tenantId, chunk, ORDER)) {
                query.setFetchSize(PAGE);
                try (ResultSet result = query.executeQuery()) {
                    List<Holding> page = new ArrayList<>(PAGE);
                    while (result.next()) {
                        page.add(holding(result));
                        if (page.size() == PAGE) {
                            emit(page, purchasers(connection, page), people, productNames, sink);
                            page.clear();
                        }
                    }
                    emit(page, purchasers(connection, page), people, productNames, sink);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Reading license holders failed", e);
            }
        }
    }

    /** The purchaser of each self-service subscription on the page; central ones have none. */
    private static Map<UUID, UUID> purchasers(Connection connection, List<Holding> page) throws SQLException {
        List<UUID> subscriptions = page.stream().map(Holding::subscriptionId).distinct().toList();
        Map<UUID, UUID> purchasers = new HashMap<>();
        if (subscriptions.isEmpty()) {
            return purchasers;
        }
        try (PreparedStatement query = connection.prepareStatement("select SUBSCRIPTION_ID, PURCHASER_ID from LIC_SEAT_POOL"
                + " where PURCHASER_ID is not null and SUBSCRIPTION_ID in (" + placeholders(subscriptions) + ")")) {
            bind(query, 1, subscriptions);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    purchasers.put(UUID.fromString(result.getString(1)), UUID.fromString(result.getString(2)));
                }
            }
        }
        return purchasers;
    }

    private static void emit(List<Holding> page, Map<UUID, UUID> purchasers, Function<Set<UUID>, Map<UUID, Person>> people,
                             Function<String, String> productNames, Consumer<LicenseHolderRow> sink) {
        if (page.isEmpty()) {
            return;
        }
        Set<UUID> named = new HashSet<>(purchasers.values());
        page.forEach(holding -> named.add(holding.userId()));
        Map<UUID, Person> names = people.apply(named);
        for (Holding holding : page) {
            Person user = names.get(holding.userId());
            UUID purchaserId = purchasers.get(holding.subscriptionId());
            Person purchaser = purchaserId == null ? null : names.get(purchaserId);
            sink.accept(new LicenseHolderRow(user == null ? "" : user.displayName(), user == null ? "" : user.email(),
                    holding.productId(), productNames.apply(holding.productId()), holding.subscriptionId(),
                    purchaser == null ? null : purchaser.displayName(), purchaser == null ? null : purchaser.email(),
                    holding.since().toInstant()));
        }
    }

    private static Holding holding(ResultSet row) throws SQLException {
        return new Holding(UUID.fromString(row.getString(1)), row.getString(2), UUID.fromString(row.getString(3)),
                row.getObject(4, OffsetDateTime.class));
    }

    /** The whole tenant when no subscription is named (one chunk standing for "all"), else sorted chunks. */
    private static List<List<UUID>> chunks(Collection<UUID> subscriptionIds) {
        if (subscriptionIds == null || subscriptionIds.isEmpty()) {
            return List.of(List.of());
        }
        List<UUID> sorted = subscriptionIds.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += SUBSCRIPTIONS_PER_QUERY) {
            chunks.add(sorted.subList(from, Math.min(sorted.size(), from + SUBSCRIPTIONS_PER_QUERY)));
        }
        return chunks;
    }

    private static PreparedStatement statement(Connection connection, String select, UUID tenantId, List<UUID> subscriptions,
                                               String order) throws SQLException {
        String where = subscriptions.isEmpty() ? "" : " and a.SUBSCRIPTION_ID in (" + placeholders(subscriptions) + ")";
        PreparedStatement statement = connection.prepareStatement(select + where + order);
        statement.setString(1, tenantId.toString());
        bind(statement, 2, subscriptions);
        return statement;
    }

    private static String placeholders(List<UUID> ids) {
        return ids.stream().map(id -> "?").collect(Collectors.joining(", "));
    }

    /** Binds the ids as text from parameter {@code first} on. */
    private static void bind(PreparedStatement statement, int first, List<UUID> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setString(first + i, ids.get(i).toString());
        }
    }
}
