package selfserve.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductFamily;

class PolicyRulesTest {

    private static final Product WITH_TRIAL = new Product("CFQ7TTC0HD33", List.of(), "Visio Plan 1", ProductFamily.VISIO, true);
    private static final Product WITHOUT_TRIAL = new Product("CFQ7TTC0H9MP", List.of(), "Power BI Pro", ProductFamily.POWER_BI, false);

    @Test
    void aProductWithoutItsOwnSettingFollowsTheTenantDefault() {
        assertEquals(PolicyValue.ENABLED, PolicyRules.effective(Optional.empty(), PolicyValue.ENABLED, WITHOUT_TRIAL));
        assertEquals(PolicyValue.DISABLED, PolicyRules.effective(Optional.empty(), PolicyValue.DISABLED, WITHOUT_TRIAL));
    }

    @Test
    void aProductsOwnSettingWinsOverTheDefault() {
        assertEquals(PolicyValue.ENABLED, PolicyRules.effective(Optional.of(PolicyValue.ENABLED), PolicyValue.DISABLED, WITHOUT_TRIAL));
    }

    @Test
    void aTrialOnlyDefaultDisablesProductsWithoutATrial() {
        assertEquals(PolicyValue.DISABLED,
                PolicyRules.effective(Optional.empty(), PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, WITHOUT_TRIAL));
        assertEquals(PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD,
                PolicyRules.effective(Optional.empty(), PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, WITH_TRIAL));
    }

    @Test
    void trialOnlyIsOfferedOnlyForProductsWithATrialWithoutPaymentMethod() {
        assertTrue(PolicyRules.allows(WITH_TRIAL, PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD));
        assertFalse(PolicyRules.allows(WITHOUT_TRIAL, PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD));
        assertTrue(PolicyRules.allows(WITHOUT_TRIAL, PolicyValue.DISABLED));
    }

    @Test
    void wireNamesAreTheMsCommerceOnesInAnyCase() {
        assertEquals(Optional.of(PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD), PolicyValue.ofWireName("onlytrialswithoutpaymentmethod"));
        assertEquals("Enabled", PolicyValue.ENABLED.wireName());
        assertEquals(Optional.empty(), PolicyValue.ofWireName("Sometimes"));
    }
}
