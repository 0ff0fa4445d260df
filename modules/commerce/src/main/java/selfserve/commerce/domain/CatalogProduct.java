package selfserve.commerce.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductFamily;

/** A product of the catalog (domain-rules.md), reference data that the migrations maintain. */
@Entity
@Table(name = "COM_PRODUCT")
public class CatalogProduct {

    @Id
    @Column(name = "ID", length = 20)
    private String id;

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "FAMILY", length = 32, nullable = false)
    private ProductFamily family;

    @Column(name = "TRIAL_WITHOUT_PAYMENT_METHOD", nullable = false)
    private boolean trialWithoutPaymentMethod;

    /** Older ids that still name this product. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "COM_PRODUCT_ALIAS", joinColumns = @JoinColumn(name = "PRODUCT_ID"))
    @Column(name = "ALIAS_ID", length = 20, nullable = false)
    private List<String> aliases = new ArrayList<>();

    protected CatalogProduct() {
        // for JPA
    }

    public Product toProduct() {
        return new Product(id, aliases.stream().sorted().toList(), name, family, trialWithoutPaymentMethod);
    }
}
