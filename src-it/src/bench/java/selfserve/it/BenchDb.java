package selfserve.it;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plain JDBC on the server's H2 database, shaped by the schema Flyway created (read from the JDBC metadata), so the
 * benchmark keeps working when a migration adds a column: new rows are copies of rows the application wrote
 * itself, with the ids and unique values replaced.
 */
final class BenchDb {

    static final String USER = "selfserve";
    static final String PASSWORD = "selfserve";
    private static final AtomicLong UNIQUE = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000_000);

    private BenchDb() {
    }

    static Connection open(String url) {
        try {
            return DriverManager.getConnection(url, USER, PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open " + url, e);
        }
    }

    /** The first row a query answers, column names upper case; empty map when none. */
    static Map<String, Object> row(Connection c, String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = rows(c, sql + " LIMIT 1", parameters);
        return rows.isEmpty() ? Map.of() : rows.getFirst();
    }

    static List<Map<String, Object>> rows(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toUpperCase(java.util.Locale.ROOT), result.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** A name as the metadata gave it, quoted, so that case and reserved words never matter. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static long count(Connection c, String sql, Object... parameters) throws SQLException {
        return ((Number) rows(c, sql, parameters).getFirst().values().iterator().next()).longValue();
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The application's tables (Flyway's history excluded). */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (result.next()) {
                String name = result.getString("TABLE_NAME");
                // Flyway's history tables are no application data.
                if (!name.toUpperCase(java.util.Locale.ROOT).contains("SCHEMA_HISTORY")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    /** A table's shape: its columns in order, which are identity columns, its primary key and unique keys. */
    record Shape(String table, List<String> columns, Set<String> identity, Map<String, Integer> lengths,
                 List<List<String>> uniqueKeys, List<String> primaryKey, Set<String> referencedTables) {

        static Shape of(Connection c, String table) throws SQLException {
            DatabaseMetaData meta = c.getMetaData();
            List<String> columns = new ArrayList<>();
            Set<String> identity = new HashSet<>();
            Map<String, Integer> lengths = new HashMap<>();
            try (ResultSet result = meta.getColumns(null, "PUBLIC", table, "%")) {
                while (result.next()) {
                    String column = result.getString("COLUMN_NAME");
                    columns.add(column);
                    lengths.put(column, result.getInt("COLUMN_SIZE"));
                    if ("YES".equals(result.getString("IS_AUTOINCREMENT"))) {
                        identity.add(column);
                    }
                }
            }
            List<String> primaryKey = new ArrayList<>();
            try (ResultSet result = meta.getPrimaryKeys(null, "PUBLIC", table)) {
                Map<Integer, String> ordered = new java.util.TreeMap<>();
                while (result.next()) {
                    ordered.put(result.getInt("KEY_SEQ"), result.getString("COLUMN_NAME"));
                }
                primaryKey.addAll(ordered.values());
            }
            Map<String, List<String>> unique = new LinkedHashMap<>();
            try (ResultSet result = meta.getIndexInfo(null, "PUBLIC", table, true, false)) {
                while (result.next()) {
                    String column = result.getString("COLUMN_NAME");
                    if (column != null) {
                        unique.computeIfAbsent(result.getString("INDEX_NAME"), k -> new ArrayList<>()).add(column);
                    }
                }
            }
            Set<String> referenced = new HashSet<>();
            try (ResultSet result = meta.getImportedKeys(null, "PUBLIC", table)) {
                while (result.next()) {
                    referenced.add(result.getString("PKTABLE_NAME"));
                }
            }
            return new Shape(table, columns, identity, lengths, List.copyOf(unique.values()), primaryKey, referenced);
        }

        List<String> insertable() {
            return columns.stream().filter(column -> !identity.contains(column)).toList();
        }

        String insertSql() {
            List<String> insertable = insertable();
            return "INSERT INTO " + quoted(table) + " (" + String.join(", ", insertable.stream().map(BenchDb::quoted).toList()) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(insertable.size(), "?")) + ")";
        }
    }

    /** Inserts copies of a template row with some columns replaced, in JDBC batches. */
    static final class Cloner implements AutoCloseable {

        private final Shape shape;
        private final PreparedStatement insert;
        private final List<String> columns;
        private int pending;

        Cloner(Connection c, String table) throws SQLException {
            shape = Shape.of(c, table);
            columns = shape.insertable();
            insert = c.prepareStatement(shape.insertSql());
        }

        void add(Map<String, Object> template, Map<String, Object> overrides) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                insert.setObject(i + 1, overrides.containsKey(column) ? overrides.get(column) : template.get(column));
            }
            insert.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        int pending() {
            return pending;
        }

        @Override
        public void close() throws SQLException {
            flush();
            insert.close();
        }
    }

    /** Every row's primary key of every application table: to find afterwards which rows one request wrote. */
    static Map<String, Set<String>> keys(Connection c) throws SQLException {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (String table : tables(c)) {
            Shape shape = Shape.of(c, table);
            if (shape.primaryKey().isEmpty()) {
                continue;
            }
            Set<String> values = new HashSet<>();
            for (Map<String, Object> row : rows(c, "SELECT " + String.join(", ", shape.primaryKey().stream().map(BenchDb::quoted).toList()) + " FROM " + quoted(table))) {
                values.add(row.values().toString());
            }
            keys.put(table, values);
        }
        return keys;
    }

    /** The rows written since the keys were taken, per table, tables in an order that satisfies their foreign keys. */
    static Map<String, List<Map<String, Object>>> newRows(Connection c, Map<String, Set<String>> before) throws SQLException {
        Map<String, List<Map<String, Object>>> added = new LinkedHashMap<>();
        Map<String, Shape> shapes = new HashMap<>();
        for (String table : before.keySet()) {
            Shape shape = Shape.of(c, table);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : rows(c, "SELECT * FROM " + quoted(table))) {
                List<Object> key = shape.primaryKey().stream().map(row::get).toList();
                if (!before.get(table).contains(key.toString())) {
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                added.put(table, rows);
                shapes.put(table, shape);
            }
        }
        // Referenced tables first.
        Map<String, List<Map<String, Object>>> ordered = new LinkedHashMap<>();
        Set<String> remaining = new LinkedHashSet<>(added.keySet());
        while (!remaining.isEmpty()) {
            String next = remaining.stream().filter(table -> shapes.get(table).referencedTables().stream()
                    .noneMatch(other -> remaining.contains(other) && !other.equals(table))).findFirst()
                    .orElse(remaining.iterator().next());
            ordered.put(next, added.get(next));
            remaining.remove(next);
        }
        return ordered;
    }

    /**
     * The rows one REST purchase wrote, as a recipe to write the same rows again with new ids: every id of a new
     * row is replaced, wherever it occurs, by a fresh UUID, and unique values that would collide by fresh values.
     */
    static final class Recipe {

        private final Map<String, List<Map<String, Object>>> rows;
        private final Map<String, Shape> shapes = new LinkedHashMap<>();
        private final Set<Object> ids = new HashSet<>();

        Recipe(Connection c, Map<String, List<Map<String, Object>>> rows) throws SQLException {
            this.rows = rows;
            for (Map.Entry<String, List<Map<String, Object>>> table : rows.entrySet()) {
                Shape shape = Shape.of(c, table.getKey());
                shapes.put(table.getKey(), shape);
                if (shape.primaryKey().size() == 1) {
                    for (Map<String, Object> row : table.getValue()) {
                        ids.add(row.get(shape.primaryKey().getFirst()));
                    }
                }
            }
        }

        Map<String, Integer> rowsPerTable() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            rows.forEach((table, list) -> counts.put(table, list.size()));
            return counts;
        }

        /** One writer per connection: its insert statements prepared once. */
        Writer writer(Connection c) throws SQLException {
            return new Writer(c);
        }

        final class Writer {
            private final Connection connection;
            private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();

            Writer(Connection connection) throws SQLException {
                this.connection = connection;
                connection.setAutoCommit(false);
                for (Shape shape : shapes.values()) {
                    inserts.put(shape.table(), connection.prepareStatement(shape.insertSql()));
                }
            }

            /** Writes one purchase's rows in one transaction. */
            void writeOnce() throws SQLException {
                Map<Object, Object> fresh = new HashMap<>();
                for (Object id : ids) {
                    fresh.put(id, id instanceof String text && text.length() == 36 ? UUID.randomUUID().toString()
                            : id instanceof String ? Long.toString(UNIQUE.incrementAndGet(), 36) : id);
                }
                try {
                    for (Map.Entry<String, List<Map<String, Object>>> table : rows.entrySet()) {
                        Shape shape = shapes.get(table.getKey());
                        PreparedStatement insert = inserts.get(table.getKey());
                        for (Map<String, Object> template : table.getValue()) {
                            Map<String, Object> row = new HashMap<>(template);
                            row.replaceAll((column, value) -> fresh.getOrDefault(value, value));
                            for (List<String> unique : shape.uniqueKeys()) {
                                boolean unchanged = unique.stream().allMatch(column -> java.util.Objects.equals(row.get(column), template.get(column)));
                                String last = unique.getLast();
                                if (unchanged && !shape.identity().contains(last) && row.get(last) instanceof String) {
                                    String value = Long.toString(UNIQUE.incrementAndGet(), 36);
                                    row.put(last, value.substring(0, Math.min(value.length(), shape.lengths().get(last))));
                                }
                            }
                            List<String> columns = shape.insertable();
                            for (int i = 0; i < columns.size(); i++) {
                                insert.setObject(i + 1, row.get(columns.get(i)));
                            }
                            insert.executeUpdate();
                        }
                    }
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
            }
        }
    }
}
