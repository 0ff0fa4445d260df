package selfserve.commerce.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import selfserve.commerce.domain.CatalogProduct;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;

/** The catalog is public knowledge: any caller may read it, as anyone may see a product's public page. */
@Stateless
@PermitAll
public class CatalogBean implements ProductCatalog {

    @PersistenceContext(unitName = "commerce")
    private EntityManager entities;

    @Inject
    private CatalogSnapshot snapshot;

    @Override
    public List<Product> products() {
        return snapshot.get(this::load).byName();
    }

    @Override
    public Optional<Product> product(String idOrAlias) {
        if (idOrAlias == null) {
            return Optional.empty();
        }
        return snapshot.get(this::load).find(idOrAlias.strip().toUpperCase(Locale.ROOT));
    }

    private List<Product> load() {
        return entities.createQuery("select p from CatalogProduct p order by p.name", CatalogProduct.class)
                .getResultStream().map(CatalogProduct::toProduct).toList();
    }
}
