package selfserve.portal.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser-side defences every answer of the application carries. The portal's policy allows what
 * Vaadin Flow needs and nothing from elsewhere: its bootstrap page has inline scripts and its
 * {@code executeJs} compiles functions ({@code 'unsafe-inline' 'unsafe-eval'}), Lumo sets inline styles
 * and draws icons from data: URLs. The REST API's answers are data, never a page, so they may load
 * nothing. No page of either may be framed elsewhere (clickjacking).
 *
 * <p>HSTS is the server's business, since only it knows which port is TLS ({@code webContainer
 * addStrictTransportSecurityHeader} in liberty/server.xml), as is removing its banner.
 */
public final class SecurityHeaders {

    static final String PORTAL_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Sets the headers on an answer to {@code path} (the request's path inside the application). */
    public static void applyTo(String path, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", isApi(path) ? API_POLICY : PORTAL_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY"); // for browsers that predate frame-ancestors
        response.setHeader("Referrer-Policy", "same-origin"); // ids in our URLs stay in our site
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/openapi");
    }
}
