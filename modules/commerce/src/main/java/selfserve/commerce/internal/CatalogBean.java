package selfserve.commerce.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
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

    @Override
    public List<Product> products() {
        return entities.createQuery("select p from CatalogProduct p order by p.name", CatalogProduct.class)
                .getResultStream().map(CatalogProduct::toProduct).toList();
    }

    @Override
    public Optional<Product> product(String idOrAlias) {
        if (idOrAlias == null) {
            return Optional.empty();
        }
        String id = idOrAlias.strip().toUpperCase(Locale.ROOT);
        return entities.createQuery("""
                        select distinct p from CatalogProduct p left join p.aliases a
                        where p.id = :id or a = :id""", CatalogProduct.class)
                .setParameter("id", id)
                .getResultStream().findFirst().map(CatalogProduct::toProduct);
    }
}
