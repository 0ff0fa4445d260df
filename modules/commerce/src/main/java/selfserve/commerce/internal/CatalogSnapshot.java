package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import selfserve.identity.api.Product;

/**
 * The product catalog, read from the database once per server start and then kept: only Flyway migrations write
 * it, and a migration means a restart. A purchase asked for its product several times (the purchase, eligibility,
 * the notice, the seat pool), two queries each time; issue 8's benchmark measured it.
 */
@ApplicationScoped
public class CatalogSnapshot {

    /** The products by name, and each under its id and under every older id. */
    record Catalog(List<Product> byName, Map<String, Product> byIdOrAlias) {

        static Catalog of(List<Product> products) {
            Map<String, Product> index = new HashMap<>();
            for (Product product : products) {
                index.put(product.id(), product);
                product.aliases().forEach(alias -> index.putIfAbsent(alias, product));
            }
            return new Catalog(List.copyOf(products), Map.copyOf(index));
        }

        Optional<Product> find(String idOrAlias) {
            return Optional.ofNullable(byIdOrAlias.get(idOrAlias));
        }
    }

    private volatile Catalog catalog;

    /** The catalog, loaded by {@code load} (products ordered by name) the first time. */
    Catalog get(Supplier<List<Product>> load) {
        Catalog known = catalog;
        if (known == null) {
            // Two first requests may both load it: the same rows, so either result will do.
            known = Catalog.of(load.get());
            catalog = known;
        }
        return known;
    }
}
