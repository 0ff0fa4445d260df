package selfserve.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditLogBeanTest {

    @Test
    void anActorSearchTakesWildcardsLiterally() {
        assertEquals("a\\_b\\%c\\\\", AuditLogBean.likeLiteral("a_b%c\\"));
    }
}
