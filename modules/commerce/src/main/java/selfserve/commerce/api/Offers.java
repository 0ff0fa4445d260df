package selfserve.commerce.api;

import java.util.List;

/** The catalog as the signed-in caller may buy it. */
public interface Offers {

    List<Offer> mine();

    /** One product by id or alias; {@code PRODUCT_NOT_FOUND} otherwise. */
    Offer mine(String productId);
}
