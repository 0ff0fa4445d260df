package selfserve.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import selfserve.audit.api.AuditLog;
import selfserve.audit.api.AuditTrail;
import selfserve.audit.domain.AuditEntry;

/**
 * Entries are append-only: no api method, no entity method, no statement in any module's code changes or
 * deletes one. (The database has no portable guard — a trigger would differ between H2 and PostgreSQL — so
 * the code is held to it here, and the REST surface in src-it's AuditImmutabilityIT.)
 */
class AppendOnlyTest {

    private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();
    /** A JPA or SQL operation that would change or remove a row. */
    private static final Pattern CHANGING = Pattern.compile(
            "\\.(merge|remove)\\(|executeUpdate|createNamedQuery|\\b(update|delete\\s+from|truncate\\s+table)\\s+(aud_|auditentry)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void theApisOnlyWriteNewEntriesAndRead() {
        assertEquals(List.of("record"), Stream.of(AuditTrail.class.getDeclaredMethods()).map(Method::getName).toList());
        assertEquals(List.of("entries", "events", "export", "page"),
                Stream.of(AuditLog.class.getDeclaredMethods()).map(Method::getName).sorted().toList());
    }

    @Test
    void anEntryHasNoSetterAndNoUpdatableColumn() {
        for (Method method : AuditEntry.class.getDeclaredMethods()) {
            assertFalse(method.getName().startsWith("set") && Modifier.isPublic(method.getModifiers()), method::toString);
        }
        for (Field field : AuditEntry.class.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null && !field.getName().equals("id")) {
                assertFalse(column.updatable(), field::getName);
            }
        }
    }

    @Test
    void noModuleChangesOrDeletesAnEntry() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MODULES)) {
            sources = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/"))
                    .toList();
        }
        assertTrue(sources.size() > 50, "the modules' sources are found from " + MODULES);
        for (Path source : sources) {
            String text = read(source);
            if (source.toString().contains("/audit/src/main/")) {
                assertFalse(CHANGING.matcher(text).find(), () -> source + " changes or removes entries");
            } else {
                assertFalse(text.toUpperCase(Locale.ROOT).contains("AUD_ENTRY"), () -> source + " touches the audit table");
            }
        }
    }

    @Test
    void noMigrationAfterTheFirstChangesOrDeletesEntries() throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String sql = read(script).replaceAll("--[^\n]*", "").toUpperCase(Locale.ROOT);
                assertFalse(sql.contains("DELETE FROM AUD_ENTRY") || sql.contains("TRUNCATE"), script::toString);
                // 1.2 numbers the existing rows once (SEQ did not exist before); nothing else is ever updated.
                String numbering = "UPDATE AUD_ENTRY SET SEQ = (SELECT N FROM AUD_ENTRY_NUMBERS WHERE";
                assertFalse(sql.replace(numbering, "").matches("(?s).*\\bUPDATE\\b.*"), script::toString);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
