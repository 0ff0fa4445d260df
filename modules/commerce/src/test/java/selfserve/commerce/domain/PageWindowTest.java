package selfserve.commerce.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import selfserve.commerce.api.TenantSubscriptionPage;
import selfserve.identity.api.SelfServeException;

class PageWindowTest {

    @Test
    void theFirstRowAndOneToTheMostRowsAreAPage() {
        assertEquals(0, new PageWindow(0, 1).offset());
        assertEquals(TenantSubscriptionPage.MOST_LIMIT, new PageWindow(1_000_000, TenantSubscriptionPage.MOST_LIMIT).limit());
    }

    @ParameterizedTest(name = "offset {0}, limit {1}: {2}")
    @CsvSource({"-1, 10, PAGE_OFFSET_INVALID", "0, 0, PAGE_LIMIT_INVALID", "0, -5, PAGE_LIMIT_INVALID",
            "0, 501, PAGE_LIMIT_INVALID"})
    void anythingElseIsRefusedWithItsCode(int offset, int limit, String code) {
        SelfServeException refused = assertThrows(SelfServeException.class, () -> new PageWindow(offset, limit));

        assertEquals(code, refused.code());
        assertEquals(SelfServeException.Kind.INVALID, refused.kind());
        if (code.equals("PAGE_LIMIT_INVALID")) {
            assertArrayEquals(new Object[] {TenantSubscriptionPage.MOST_LIMIT}, refused.arguments());
        }
    }
}
