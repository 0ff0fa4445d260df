package selfserve.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import selfserve.identity.api.SignIn;

/**
 * Signs the caller out of the portal: audits it while the caller is still known, ends the session, and
 * sends the browser to the sign-in page. Only a POST does: the session cookie is same-site (Lax), so a
 * POST from another site carries no session, while a link to a GET would sign a person out from anywhere.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Inject
    private SignIn signIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            signIn.signOut();
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + SelfServeAuthenticationMechanism.SIGN_IN_PATH + "?signedOut");
    }
}
