package selfserve.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The server address a person types: checked, and written one way (no trailing slash) for storing. */
final class ServerAddress {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private ServerAddress() {
    }

    /** {@code https://host[:port][/path]} or {@code http://…}; empty when it is not such an address. */
    static Optional<String> normalize(String typed) {
        try {
            URI uri = new URI(typed.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String text = scheme + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
            while (text.endsWith("/")) {
                text = text.substring(0, text.length() - 1);
            }
            return Optional.of(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Plain HTTP to another machine sends the password and the token readable by anyone on the way. */
    static boolean isUnencryptedRemote(String server) {
        URI uri = URI.create(server);
        return "http".equals(uri.getScheme()) && !LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))
                && !uri.getHost().startsWith("127.");
    }
}
