package selfserve.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every SelfServe table (prefixes AUD_, IDN_, COM_, LIC_, NTF_) as a row count and a hash of its content, to show
 * that requests changed nothing. Rows are hashed in any order (sorted first).
 *
 * <p>Left out, because they change without any state change the requests could cause:
 * <ul>
 *   <li>{@code NTF_NOTICE}'s delivery bookkeeping ({@code MAIL_STATE, ATTEMPTS, NEXT_ATTEMPT_AT, CLAIMED_BY,
 *       CLAIMED_UNTIL, LAST_ERROR, SENT_AT, VERSION}): the dispatcher works through pending mail every 30 seconds
 *       whatever the requests do;
 *   <li>{@code IDN_USER.LAST_SIGN_IN_AT}: written by signing in, which the test does before the first snapshot
 *       only, but a browser test's session may still sign in meanwhile.
 * </ul>
 */
record DatabaseSnapshot(Map<String, String> tables) {

    static final Set<String> PREFIXES = Set.of("AUD_", "IDN_", "COM_", "LIC_", "NTF_");

    /** TABLE.COLUMN that may change while nothing else does. */
    static final Set<String> VOLATILE = Set.of("NTF_NOTICE.MAIL_STATE", "NTF_NOTICE.ATTEMPTS", "NTF_NOTICE.NEXT_ATTEMPT_AT",
            "NTF_NOTICE.CLAIMED_BY", "NTF_NOTICE.CLAIMED_UNTIL", "NTF_NOTICE.LAST_ERROR", "NTF_NOTICE.SENT_AT",
            "NTF_NOTICE.VERSION", "IDN_USER.LAST_SIGN_IN_AT");

    static DatabaseSnapshot take() {
        Map<String, String> tables = new TreeMap<>();
        try (Connection db = Database.connect(); Statement query = db.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = query.executeQuery("select TABLE_NAME from INFORMATION_SCHEMA.TABLES"
                    + " where TABLE_SCHEMA = 'PUBLIC' and TABLE_TYPE = 'BASE TABLE'")) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (PREFIXES.stream().anyMatch(name::startsWith)) {
                        names.add(name);
                    }
                }
            }
            for (String table : names) {
                tables.put(table, summary(query, table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (tables.size() < 10) {
            throw new IllegalStateException("Too few SelfServe tables found: " + tables.keySet());
        }
        return new DatabaseSnapshot(tables);
    }

    /** "rows=N sha256=…" over every column but the volatile ones. */
    private static String summary(Statement query, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = query.executeQuery("select * from " + table)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    if (!VOLATILE.contains(table + "." + columns.getColumnName(i))) {
                        row.append(columns.getColumnName(i)).append('=').append(result.getString(i)).append('\u001f');
                    }
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> digest.update((row + '\n').getBytes(StandardCharsets.UTF_8)));
            return "rows=" + rows.size() + " sha256=" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose summary differs, with both summaries. */
    List<String> differencesTo(DatabaseSnapshot after) {
        List<String> differences = new ArrayList<>();
        for (String table : after.tables.keySet()) {
            String before = tables.get(table);
            if (!after.tables.get(table).equals(before)) {
                differences.add(table + ": before " + before + ", after " + after.tables.get(table));
            }
        }
        return differences;
    }
}
