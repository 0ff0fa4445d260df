package selfserve.identity.api;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * What a credential check found.
 *
 * @param principal  the user id that becomes the caller principal's name; null unless signed in
 * @param groups     the role names the caller holds; empty unless signed in
 * @param retryAfter how long a throttled sign-in name must wait; zero otherwise
 */
public record SignInResult(Outcome outcome, UUID principal, Set<String> groups, Duration retryAfter) {

    public enum Outcome { SIGNED_IN, INVALID_CREDENTIALS, DISABLED, THROTTLED }

    public SignInResult {
        groups = Set.copyOf(groups);
    }

    public static SignInResult signedIn(UUID principal, Set<String> groups) {
        return new SignInResult(Outcome.SIGNED_IN, principal, groups, Duration.ZERO);
    }

    public static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null, Set.of(), Duration.ZERO);
    }

    public static SignInResult throttled(Duration retryAfter) {
        return new SignInResult(Outcome.THROTTLED, null, Set.of(), retryAfter);
    }

    /** The wait in whole seconds, rounded up, so that nobody is told to wait 0 seconds. */
    public long retryAfterSeconds() {
        return retryAfter.plusMillis(999).toSeconds();
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
