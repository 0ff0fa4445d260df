package selfserve.cli;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** Values of the Authorization header: a password only to obtain a token, the token for everything else. */
final class Authorization {

    private Authorization() {
    }

    static String basic(String email, char[] password) {
        CharBuffer credentials = CharBuffer.allocate(email.length() + 1 + password.length);
        credentials.put(email).put(':').put(password).flip();
        var bytes = StandardCharsets.UTF_8.encode(credentials);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(raw);
        } finally {
            // the password lives no longer than needed in our own buffers
            Arrays.fill(credentials.array(), '\0');
            Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
