package selfserve.portal.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import selfserve.audit.api.Correlation;
import selfserve.identity.api.SupportedLocale;
import selfserve.portal.i18n.RequestLanguage;
import selfserve.portal.i18n.Translations;

/**
 * Builds problem details: the title and detail come from {@code problem.CODE.title} and
 * {@code problem.CODE.detail} in the caller's language.
 */
@ApplicationScoped
public class Problems {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private Translations translations;

    @Inject
    private RequestLanguage requestLanguage;

    @Inject
    private Correlation correlation;

    public Problem problem(HttpServletRequest request, int status, String code, Object... arguments) {
        SupportedLocale language = requestLanguage.of(request);
        String key = "problem." + code;
        return new Problem("urn:selfserve:problem:" + code.toLowerCase(Locale.ROOT),
                translations.translate(key + ".title", language),
                status,
                translations.refusal(code, language.locale(), arguments),
                code,
                correlation.id());
    }

    public Response response(HttpServletRequest request, int status, String code, Object... arguments) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem(request, status, code, arguments))
                .build();
    }

    /** For answers written before JAX-RS is reached (authentication). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code) {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getOutputStream().write(JSON.toJson(problem(request, status, code)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
