package selfserve.audit.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema of every module up to date before anything else starts. Each module owns
 * its scripts under {@code db/migration} in its own jar, in its own version range (audit 1.x, identity
 * 2.x, commerce 3.x, licensing 4.x, notifications 5.x); audit runs them because it is the module all the
 * others build on, so a module's start-up work can wait for it with {@code @DependsOn("SchemaMigration")}.
 * Several servers starting at once are safe: Flyway locks its history table while it migrates. Liberty's
 * class loader lists a resource folder only when it holds a file, hence the empty {@code flyway.location}
 * beside each module's scripts, in {@code db/vendor/h2} (H2 needs no scripts of its own), and in
 * {@code db/callback}, which Flyway always looks into (there are no callbacks).
 */
@Singleton
@Startup
public class SchemaMigration {

    @Resource(lookup = "jdbc/selfserve")
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits each migration itself
    void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                // Scripts for one database only, such as a PostgreSQL name for a type H2 knows (db/vendor/postgresql).
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .table("SELFSERVE_SCHEMA_HISTORY")
                // Modules add scripts independently: an audit 1.2 may arrive after identity 2.1 was applied.
                .outOfOrder(true)
                .load()
                .migrate();
    }

    /** The database's product name in lower case and without spaces: {@code h2}, {@code postgresql}. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replace(" ", "");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
