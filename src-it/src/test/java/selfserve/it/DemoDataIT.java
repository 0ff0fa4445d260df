package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selfserve.identity.internal.DemoSeeding;

/** Demo mode seeds exactly the README's tenants and accounts, and seeding again adds nothing. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(DemoDataIT.class);
    }

    @Inject
    private DemoSeeding seeding;

    @PersistenceContext(unitName = "identity")
    private EntityManager identity;

    @Test
    void seedingAgainAddsNothing() {
        assertEquals(0, seeding.seedMissing());

        assertEquals(9, count("IDN_TENANT"));
        assertEquals(20, count("IDN_USER"));
        assertEquals(2, count("IDN_PARTNER_DELEGATION"));
    }

    @Test
    void theDemoTenantsAreTheReadmesTable() {
        List<?> rows = identity.createNativeQuery(
                "select DISPLAY_NAME, COUNTRY, TENANT_TYPE, CURRENCY, DEFAULT_LOCALE, MANAGED from IDN_TENANT order by DISPLAY_NAME")
                .getResultList();

        assertEquals(List.of(
                "Contoso AB|SE|COMMERCIAL|SEK|SWEDISH|true",
                "Contoso Brasil|BR|COMMERCIAL|BRL|ENGLISH|true",
                "Contoso China|CN|COMMERCIAL|CNY|SIMPLIFIED_CHINESE|true",
                "Contoso India|IN|COMMERCIAL|INR|ENGLISH|true",
                "Contoso Taiwan|TW|COMMERCIAL|TWD|TRADITIONAL_CHINESE|true",
                "Fabrikam Partners|US|COMMERCIAL|USD|ENGLISH|true",
                "Lakeside School|SE|EDUCATION|SEK|SWEDISH|true",
                "Northwind Traders|US|COMMERCIAL|USD|ENGLISH|true",
                "State Agency|US|GOVERNMENT|USD|ENGLISH|true"),
                rows.stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return c[0] + "|" + c[1] + "|" + c[2] + "|" + c[3] + "|" + c[4] + "|" + c[5];
                }).toList());
    }

    @Test
    void everyDemoPasswordIsAPbkdf2HashWith600000Iterations() {
        List<?> hashes = identity.createNativeQuery("select PASSWORD_HASH from IDN_USER").getResultList();

        assertEquals(20, hashes.size());
        hashes.forEach(hash -> assertEquals("pbkdf2-sha256$600000", hash.toString().substring(0, 20)));
    }

    private long count(String table) {
        return ((Number) identity.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
