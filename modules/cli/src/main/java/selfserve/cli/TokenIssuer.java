package selfserve.cli;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Exchanges email and password for an API token, once; from then on only the token is sent. */
final class TokenIssuer {

    static final int VALIDITY_DAYS = 30;
    private static final int LONGEST_LABEL = 100; // the server's limit

    private final CliContext context;

    TokenIssuer(CliContext context) {
        this.context = context;
    }

    Credentials issue(String server, String email, char[] password) {
        ApiClient api = new ApiClient(server, Authorization.basic(email, password), context.messages());
        String request = Json.createObjectBuilder().add("label", label()).add("validityDays", VALIDITY_DAYS).build().toString();
        String answer;
        try {
            answer = api.post(ApiPath.of(null, "tokens"), request);
        } catch (ApiProblemException refused) {
            if (refused.problem().status() == 401) {
                throw new CliException(ExitCodes.REFUSED, context.messages().get("error.signInFailed"));
            }
            throw refused;
        }
        try {
            JsonObject token = JsonText.parse(answer).asJsonObject();
            return new Credentials(server, email, token.getString("id"), token.getString("token"),
                    JsonText.string(token, "expiresAt"));
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new CliException(ExitCodes.REFUSED, context.messages().get("error.unexpectedAnswer"));
        }
    }

    /** Names the machine, so the person recognizes the token in their list and can revoke it there. */
    private String label() {
        String label = "selfserve-cli on " + hostName();
        return label.length() <= LONGEST_LABEL ? label : label.substring(0, LONGEST_LABEL);
    }

    private String hostName() {
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String name = context.environment().get(variable);
            if (name != null && !name.isBlank()) {
                return name.trim();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
