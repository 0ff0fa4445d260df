package selfserve.portal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import selfserve.audit.api.Correlation;

/** Gives every request a correlation id (the caller's, if well-formed) and echoes it in the answer. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CorrelationFilter extends HttpFilter {

    @Inject
    private Correlation correlation;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        correlation.adopt(request.getHeader(Correlation.HEADER));
        response.setHeader(Correlation.HEADER, correlation.id());
        chain.doFilter(request, response);
    }
}
