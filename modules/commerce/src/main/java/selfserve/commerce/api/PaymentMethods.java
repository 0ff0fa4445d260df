package selfserve.commerce.api;

import java.util.List;

/** The caller's own saved cards. */
public interface PaymentMethods {

    List<SavedCard> mine();
}
