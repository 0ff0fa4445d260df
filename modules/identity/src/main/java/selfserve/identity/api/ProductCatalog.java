package selfserve.identity.api;

import java.util.List;
import java.util.Optional;

/**
 * The products identity's rules speak about. Identity declares what it needs; the commerce module,
 * which owns the catalog, provides the implementation (so identity never depends on commerce).
 */
public interface ProductCatalog {

    /** Every product, ordered by name. */
    List<Product> products();

    /** The product with this current id or older alias id, ignoring case. */
    Optional<Product> product(String idOrAlias);
}
