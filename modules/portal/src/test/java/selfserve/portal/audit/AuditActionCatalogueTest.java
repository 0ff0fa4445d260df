package selfserve.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import selfserve.audit.api.AuditActions;

/**
 * The audit log's list of actions is every action the modules write, no more: read from the constants of
 * their audit classes, so a module adding an action without naming it here (and in the bundles) fails.
 */
class AuditActionCatalogueTest {

    /** Where each module keeps its action codes: every String constant of these classes is one. */
    private static final List<String> AUDIT_CLASSES = List.of("selfserve.identity.internal.IdentityAudit",
            "selfserve.commerce.internal.CommerceAudit", "selfserve.licensing.internal.LicensingAudit",
            "selfserve.licensing.internal.RequestAudit");

    @Test
    void theCatalogueIsExactlyTheModulesActionCodes() throws Exception {
        Set<String> written = new TreeSet<>();
        for (String name : AUDIT_CLASSES) {
            for (Field field : Class.forName(name).getDeclaredFields()) {
                if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())
                        && Modifier.isFinal(field.getModifiers())) {
                    field.setAccessible(true);
                    written.add((String) field.get(null));
                }
            }
        }
        Field retried = Class.forName("selfserve.notifications.internal.NoticeDeliveriesBean").getDeclaredField("RETRIED");
        retried.setAccessible(true);
        written.add((String) retried.get(null));

        assertEquals(written, new TreeSet<>(AuditActions.ALL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN", "_zh_TW", "_sv_SE"})
    void everyActionHasAName(String suffix) {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/selfserve/portal/i18n/messages" + suffix + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String action : AuditActions.ALL) {
            String name = bundle.getProperty("auditAction." + action);
            assertTrue(name != null && !name.isBlank(), () -> suffix + " names no " + action);
            assertFalse(name.contains(action), name);
        }
    }
}
