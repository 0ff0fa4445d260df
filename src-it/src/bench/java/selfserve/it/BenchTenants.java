package selfserve.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Tenants and users of the bench, written by JDBC as copies of the demo data (so they have every column and role
 * a real one has): the bench tenant of the purchasers and the large tenant of the scale scenario.
 */
final class BenchTenants {

    static final String NORTHWIND = "Northwind Traders";
    static final String MEMBER_TEMPLATE = "sam@northwind.com";
    static final String ADMIN_TEMPLATE = "admin@northwind.com";

    private BenchTenants() {
    }

    static String cloneTenant(Connection c, String name) throws SQLException {
        Map<String, Object> template = BenchDb.row(c, "SELECT * FROM IDN_TENANT WHERE DISPLAY_NAME = ?", NORTHWIND);
        if (template.isEmpty()) {
            throw new IllegalStateException("No demo tenant " + NORTHWIND + ": is selfserve.demo on?");
        }
        String id = UUID.randomUUID().toString();
        try (BenchDb.Cloner tenants = new BenchDb.Cloner(c, "IDN_TENANT")) {
            tenants.add(template, Map.of("ID", id, "DISPLAY_NAME", name, "VERSION", 1L));
        }
        return id;
    }

    /** Users like the template (and with its roles), under new ids and emails, committed every 50,000. */
    static List<String> cloneUsers(Connection c, Map<String, Object> template, String tenant, int count,
                                   String emailFormat, String nameFormat) throws SQLException {
        List<Map<String, Object>> roles = BenchDb.rows(c, "SELECT * FROM IDN_USER_ROLE WHERE USER_ID = ?", template.get("ID"));
        List<String> ids = new ArrayList<>(count);
        // Closed in reverse order: the users are written before their roles.
        try (BenchDb.Cloner userRoles = new BenchDb.Cloner(c, "IDN_USER_ROLE"); BenchDb.Cloner users = new BenchDb.Cloner(c, "IDN_USER")) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                Map<String, Object> values = new HashMap<>();
                values.put("ID", id);
                values.put("TENANT_ID", tenant);
                values.put("EMAIL", String.format(Locale.ROOT, emailFormat, i));
                values.put("DISPLAY_NAME", String.format(Locale.ROOT, nameFormat, i));
                values.put("FAILED_SIGN_INS", 0);
                values.put("LAST_FAILED_SIGN_IN", null);
                values.put("LAST_SIGN_IN_AT", null);
                values.put("VERSION", 1L);
                users.add(template, values);
                for (Map<String, Object> role : roles) {
                    userRoles.add(role, Map.of("USER_ID", id));
                }
                if (users.pending() >= 5_000) {
                    users.flush();
                    userRoles.flush();
                }
                if ((i + 1) % 50_000 == 0) {
                    users.flush();
                    userRoles.flush();
                    c.commit();
                }
            }
        }
        c.commit();
        return ids;
    }
}
