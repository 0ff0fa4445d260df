package selfserve.portal.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every answer: pages, REST answers, problem details and the failure page
 * (the error dispatch, since an error page may start from a reset response). Set before the chain runs,
 * so they are there however early the answer is committed; async because Vaadin and JAX-RS may be.
 * The answers the authentication mechanism gives itself (401, 429) never reach a filter: the server's
 * baseline headers in liberty/server.xml cover those.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.applyTo(answeredPath(request).substring(request.getContextPath().length()), response);
        chain.doFilter(request, response);
    }

    /** On an error dispatch, the path that failed rather than the failure page's. */
    private static String answeredPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String path ? path : request.getRequestURI();
    }
}
