package selfserve.portal.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A person's email and password from the portal's sign-in form; unlike HTTP Basic, its success is audited. */
public class PortalSignInCredential extends UsernamePasswordCredential {

    public PortalSignInCredential(String email, String password) {
        super(email, password);
    }
}
