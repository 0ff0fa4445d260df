package selfserve.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import selfserve.audit.api.Correlation;
import selfserve.identity.api.SignInResult;
import selfserve.portal.rest.problem.Problems;

/**
 * The one authentication mechanism: Jakarta Security allows one per application, so it tells the two
 * ways in apart by path. It also gives every request its correlation id.
 * <ul>
 *   <li>{@code /api/**}: every call carries HTTP Basic or a bearer API token; without a valid one the
 *       answer is a problem+json 401 (429 while the name is throttled). No session is created.</li>
 *   <li>{@code POST /login}: the portal's sign-in form. On success the session gets a new id and keeps
 *       the caller; on failure the browser goes back to the form with the reason. A form posted from another
 *       site (the browser says so in {@code Sec-Fetch-Site}) is refused unread.</li>
 *   <li>anything else: the caller kept in the session, if any, confirmed again now and then
 *       ({@link SessionRecheck}). Which views need which role is decided by Vaadin's access control and, for
 *       every operation, by the services.</li>
 * </ul>
 */
@ApplicationScoped
public class SelfServeAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PATH = "/login";
    private static final String API_PATH = "/api/";
    private static final String CHALLENGE = "Basic realm=\"SelfServe\", Bearer realm=\"SelfServe\"";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private Problems problems;

    @Inject
    private Correlation correlation;

    @Inject
    private SessionRecheck recheck;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Authentication runs before any servlet filter, and a failed sign-in is audited: so the request's
        // correlation id is settled here, first thing, for every request.
        correlation.adopt(request.getHeader(Correlation.HEADER));
        response.setHeader(Correlation.HEADER, correlation.id());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(API_PATH)) {
            return authenticateApiCall(request, response, context);
        }
        if (path.equals(SIGN_IN_PATH) && "POST".equals(request.getMethod())) {
            return signInFromForm(request, context);
        }
        return SessionSignIn.of(request)
                .flatMap(kept -> recheck.confirm(kept, request))
                .map(caller -> context.notifyContainerAboutLogin(new CallerPrincipal(caller.principal()), caller.groups()))
                .orElseGet(context::doNothing);
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        Optional<Credential> credential = ApiCredentials.from(request.getHeader("Authorization"));
        if (credential.isEmpty()) {
            return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED");
        }
        CredentialValidationResult result = identityStore.validate(credential.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        Optional<SignInResult> throttled = attempt.result().filter(r -> r.outcome() == SignInResult.Outcome.THROTTLED);
        if (throttled.isPresent()) {
            response.setHeader("Retry-After", Long.toString(throttled.get().retryAfterSeconds()));
            return refuse(request, response, 429, "SIGN_IN_THROTTLED");
        }
        return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "INVALID_CREDENTIALS");
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status, String code) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        problems.write(request, response, status, code);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus signInFromForm(HttpServletRequest request, HttpMessageContext context) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            // A form another site posts would sign this browser in as whoever that site chose (login CSRF).
            return context.redirect(request.getContextPath() + SIGN_IN_PATH + "?error=invalid");
        }
        String email = request.getParameter("username");
        String password = request.getParameter("password");
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PATH + "?error=invalid");
        }
        CredentialValidationResult result = identityStore.validate(new PortalSignInCredential(email, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            new SessionSignIn(result.getCallerPrincipal().getName(), result.getCallerGroups(), recheck.now())
                    .storeIn(request);
            return context.redirect(request.getContextPath() + AfterSignIn.take(request));
        }
        String reason = attempt.result()
                .filter(r -> r.outcome() == SignInResult.Outcome.THROTTLED)
                .map(r -> "throttled&retry=" + r.retryAfterSeconds())
                .orElse("invalid");
        return context.redirect(request.getContextPath() + SIGN_IN_PATH + "?error=" + reason);
    }
}
