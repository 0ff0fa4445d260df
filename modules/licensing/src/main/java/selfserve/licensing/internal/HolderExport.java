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
 * fetched in pages, names are looked up per page of {@value #PAGE} holders, and nothing is collected, so an
 * export of millions of rows runs in a small, fixed amount of memory. JPA would keep every entity it read.
 */
@ApplicationScoped
public class HolderExport {

    /** Holders read and named together: one lookup of names per page. */
    static final int PAGE = 1000;
    /** Subscriptions asked for in one statement, to keep the IN list a size every database takes. */
    static final int SUBSCRIPTIONS_PER_QUERY = 500;

    private static final String ROWS = """
            select a.USER_ID, a.PRODUCT_ID, a.SUBSCRIPTION_ID, a.BEGAN_AT, p.PURCHASER_ID
            from LIC_ASSIGNMENT a join LIC_SEAT_POOL p on p.SUBSCRIPTION_ID = a.SUBSCRIPTION_ID
            where a.TENANT_ID = ? and a.ENDED_AT is null""";
    private static final String ORDER = " order by a.SUBSCRIPTION_ID, a.BEGAN_AT, a.ID";

    @Resource(lookup = "jdbc/selfserve")
    private DataSource database;

    public HolderExport() {
        // for CDI; the container injects the data source
    }

    /** An export reading from this data source (the streaming test's own database). */
    HolderExport(DataSource database) {
        this.database = database;
    }

    /** A holder as read, before names are known. */
    private record Holding(UUID userId, String productId, UUID subscriptionId, OffsetDateTime since, UUID purchaserId) {
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
                            emit(page, people, productNames, sink);
                            page.clear();
                        }
                    }
                    emit(page, people, productNames, sink);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Reading license holders failed", e);
            }
        }
    }

    private static void emit(List<Holding> page, Function<Set<UUID>, Map<UUID, Person>> people,
                             Function<String, String> productNames, Consumer<LicenseHolderRow> sink) {
        if (page.isEmpty()) {
            return;
        }
        Set<UUID> named = new HashSet<>();
        for (Holding holding : page) {
            named.add(holding.userId());
            if (holding.purchaserId() != null) {
                named.add(holding.purchaserId());
            }
        }
        Map<UUID, Person> names = people.apply(named);
        for (Holding holding : page) {
            Person user = names.get(holding.userId());
            Person purchaser = holding.purchaserId() == null ? null : names.get(holding.purchaserId());
            sink.accept(new LicenseHolderRow(user == null ? "" : user.displayName(), user == null ? "" : user.email(),
                    holding.productId(), productNames.apply(holding.productId()), holding.subscriptionId(),
                    purchaser == null ? null : purchaser.displayName(), purchaser == null ? null : purchaser.email(),
                    holding.since().toInstant()));
        }
    }

    private static Holding holding(ResultSet row) throws SQLException {
        String purchaser = row.getString(5);
        return new Holding(UUID.fromString(row.getString(1)), row.getString(2), UUID.fromString(row.getString(3)),
                row.getObject(4, OffsetDateTime.class), purchaser == null ? null : UUID.fromString(purchaser));
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
        String where = subscriptions.isEmpty() ? "" : subscriptions.stream().map(id -> "?")
                .collect(Collectors.joining(", ", " and a.SUBSCRIPTION_ID in (", ")"));
        PreparedStatement statement = connection.prepareStatement(select + where + order);
        statement.setString(1, tenantId.toString());
        for (int i = 0; i < subscriptions.size(); i++) {
            statement.setString(i + 2, subscriptions.get(i).toString());
        }
        return statement;
    }
}
