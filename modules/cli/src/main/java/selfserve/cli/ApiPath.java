package selfserve.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Paths under {@code api/v1/}, relative to the server's base address, with the partner's tenantId when given. */
final class ApiPath {

    private ApiPath() {
    }

    static String of(UUID tenantId, String... segments) {
        StringBuilder path = new StringBuilder("api/v1");
        for (String segment : segments) {
            path.append('/').append(encoded(segment));
        }
        if (tenantId != null) {
            path.append("?tenantId=").append(tenantId);
        }
        return path.toString();
    }

    /** A policy or product id typed by a person goes into the path as data, never as path syntax. */
    private static String encoded(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
