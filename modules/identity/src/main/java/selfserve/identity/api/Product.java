package selfserve.identity.api;

import java.util.List;

/**
 * A product of the catalog as identity needs to know it for eligibility and the purchase policy.
 *
 * @param id                          the current product id, such as {@code CFQ7TTC0H9MP}
 * @param aliases                     older ids that still name the product
 * @param trialWithoutPaymentMethod   whether a trial that needs no payment method exists
 */
public record Product(String id, List<String> aliases, String name, ProductFamily family,
                      boolean trialWithoutPaymentMethod) {

    public Product {
        aliases = List.copyOf(aliases);
    }
}
