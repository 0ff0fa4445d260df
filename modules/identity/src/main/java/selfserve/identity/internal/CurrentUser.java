package selfserve.identity.internal;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.UUID;
import selfserve.identity.domain.User;

/** Finds the user behind the caller principal, whose name is the user id (see {@code SignInResult}). */
@ApplicationScoped
public class CurrentUser {

    @Inject
    private IdentityRepository repository;

    User of(Principal principal) {
        try {
            return repository.user(UUID.fromString(principal.getName()))
                    .orElseThrow(() -> new EJBAccessException("The caller is no user"));
        } catch (IllegalArgumentException notAUserId) {
            throw new EJBAccessException("The caller is no user");
        }
    }
}
