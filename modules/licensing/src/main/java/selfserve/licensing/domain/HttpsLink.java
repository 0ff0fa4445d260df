package selfserve.licensing.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import selfserve.identity.api.SelfServeException;

/**
 * A link an admin gives the tenant's members: an absolute https address with a host, no user
 * name or password in it, at most {@value #MOST_CHARACTERS} characters. Anything else, such as
 * {@code http:} or {@code javascript:}, is refused with {@code FLOW_LINK_INVALID}.
 */
public final class HttpsLink {

    public static final int MOST_CHARACTERS = 500;

    private HttpsLink() {
    }

    public static String of(String text) {
        String link = text == null ? "" : text.strip();
        if (link.isEmpty() || link.length() > MOST_CHARACTERS || link.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw invalid();
        }
        try {
            URI uri = new URI(link);
            if (!uri.isAbsolute() || !"https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null
                    || uri.getHost().isEmpty() || uri.getRawUserInfo() != null) {
                throw invalid();
            }
            return link;
        } catch (URISyntaxException notALink) {
            throw invalid();
        }
    }

    private static SelfServeException invalid() {
        return SelfServeException.invalid("FLOW_LINK_INVALID", MOST_CHARACTERS);
    }
}
