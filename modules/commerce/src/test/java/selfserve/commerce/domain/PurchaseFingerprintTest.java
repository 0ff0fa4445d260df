package selfserve.commerce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.CardDetails;
import selfserve.commerce.api.Payment;
import selfserve.commerce.api.PurchaseRequest;
import selfserve.commerce.api.Term;

class PurchaseFingerprintTest {

    @Test
    void theSameRequestHasTheSameFingerprintWhateverTheSecurityCodeOrCaseOfTheId() {
        assertEquals(PurchaseFingerprint.of(request("cfq7ttc0h9mp", 3, "4242424242424242", "123")),
                PurchaseFingerprint.of(request("CFQ7TTC0H9MP", 3, "4242 4242 4242 4242", "999")));
    }

    @Test
    void anotherQuantityTermOrCardIsAnotherRequest() {
        String first = PurchaseFingerprint.of(request("CFQ7TTC0H9MP", 3, "4242424242424242", "123"));

        assertNotEquals(first, PurchaseFingerprint.of(request("CFQ7TTC0H9MP", 4, "4242424242424242", "123")));
        assertNotEquals(first, PurchaseFingerprint.of(request("CFQ7TTC0H9MP", 3, "5555555555554444", "123")));
        assertNotEquals(first, PurchaseFingerprint.of(new PurchaseRequest("CFQ7TTC0H9MP", 3, Term.MONTHLY,
                new Payment.SavedCard(UUID.randomUUID()))));
    }

    private static PurchaseRequest request(String product, int quantity, String number, String securityCode) {
        return new PurchaseRequest(product, quantity, Term.ANNUAL,
                new Payment.NewCard(new CardDetails(number, 12, 2028, securityCode, "Sam Carter", null)));
    }
}
