package selfserve.commerce.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductFamily;

class CatalogSnapshotTest {

    private static final Product POWER_BI_PRO = new Product("CFQ7TTC0H9MP", List.of("CFQ7TTC0L3PB"), "Power BI Pro",
            ProductFamily.POWER_BI, false);
    private static final Product VISIO_PLAN_1 = new Product("CFQ7TTC0HD33", List.of(), "Visio Plan 1", ProductFamily.VISIO, true);

    private final CatalogSnapshot snapshot = new CatalogSnapshot();
    private final AtomicInteger loads = new AtomicInteger();

    private List<Product> load() {
        loads.incrementAndGet();
        return List.of(POWER_BI_PRO, VISIO_PLAN_1);
    }

    @Test
    void theCatalogIsReadOnceAndThenKept() {
        snapshot.get(this::load);
        snapshot.get(this::load);
        assertEquals(List.of(POWER_BI_PRO, VISIO_PLAN_1), snapshot.get(this::load).byName());
        assertEquals(1, loads.get());
    }

    @Test
    void aProductIsFoundByItsIdAndByAnOlderId() {
        CatalogSnapshot.Catalog catalog = snapshot.get(this::load);
        assertEquals(POWER_BI_PRO, catalog.find("CFQ7TTC0H9MP").orElseThrow());
        assertEquals(POWER_BI_PRO, catalog.find("CFQ7TTC0L3PB").orElseThrow());
        assertTrue(catalog.find("CFQ7TTC0NONE").isEmpty());
    }
}
