package selfserve.identity.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import selfserve.identity.api.Directory;

/**
 * Open to callers who are not signed in, as the original's buy flow is: it tells whether an email
 * belongs to some tenant, nothing about which one or whose.
 */
@Stateless
@PermitAll
public class DirectoryBean implements Directory {

    @Inject
    private IdentityRepository repository;

    @Override
    public boolean isUser(String email) {
        return email != null && repository.userByEmail(email).isPresent();
    }
}
