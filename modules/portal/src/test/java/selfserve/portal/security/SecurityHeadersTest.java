package selfserve.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void portalPagesMayNotBeFramedAndLoadOnlyFromTheSite() {
        Map<String, String> headers = answerTo("/products");

        String policy = headers.get("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.startsWith("default-src 'self'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
    }

    @Test
    void apiAnswersLoadNothing() {
        assertEquals("default-src 'none'; frame-ancestors 'none'", answerTo("/api/v1/subscriptions").get("Content-Security-Policy"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", answerTo("/api").get("Content-Security-Policy"));
        assertEquals(SecurityHeaders.PORTAL_POLICY, answerTo("/apis-of-the-world").get("Content-Security-Policy"));
    }

    private static Map<String, String> answerTo(String path) {
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        SecurityHeaders.applyTo(path, response);
        return headers;
    }
}
