package selfserve.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * Calls SelfServe's REST API as one signed-in caller. Answers come back as the server's JSON text (so
 * {@code --json} can print it as is); an error answer is thrown as an {@link ApiProblemException}.
 */
final class ApiClient {

    /** One client for the whole JVM: it is thread-safe, and tests run the CLI many times in one JVM. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // plain request/response; no h2c upgrade dance on http:// servers
            .followRedirects(HttpClient.Redirect.NEVER) // a redirect would mean a wrong address, not an answer
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String JSON = "application/json";

    private final String server;
    private final URI base;
    private final String authorization;
    private final Messages messages;

    /** @param server the server's address without a trailing slash, as {@link ServerAddress} normalized it */
    ApiClient(String server, String authorization, Messages messages) {
        this.server = server;
        this.base = URI.create(server + "/");
        this.authorization = authorization;
        this.messages = messages;
    }

    String get(String path) {
        return send(request(path).GET());
    }

    String post(String path, String json) {
        return send(request(path).header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    String put(String path, String json) {
        return send(request(path).header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    void delete(String path) {
        send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", JSON + ", application/problem+json")
                // the server writes problem titles and policy descriptions in this language
                .header("Accept-Language", messages.locale().toLanguageTag());
    }

    private String send(HttpRequest.Builder request) {
        // our own correlation id, so a refusal can be traced in the audit log even if the body lacks one
        String correlationId = "cli-" + UUID.randomUUID();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.header("X-Correlation-Id", correlationId).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) { // the JDK gives it no message: say it in words
            throw new CliException(ExitCodes.REFUSED, messages.get("error.nothingAnswers", server));
        } catch (HttpTimeoutException e) {
            throw new CliException(ExitCodes.REFUSED, messages.get("error.timeout", server));
        } catch (IOException e) {
            throw new CliException(ExitCodes.REFUSED, messages.get("error.unreachable", server, reason(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.REFUSED, messages.get("error.unreachable", server, reason(e)));
        }
        if (response.statusCode() >= 300) {
            throw new ApiProblemException(Problem.of(response.statusCode(), response.body(),
                    response.headers().firstValue("X-Correlation-Id").orElse(correlationId)));
        }
        return response.body();
    }

    /** The JDK often wraps the telling message ("Connection refused") in a cause of a message-less exception. */
    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
