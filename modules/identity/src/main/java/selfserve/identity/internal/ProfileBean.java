package selfserve.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SupportedLocale;
import selfserve.identity.domain.PartnerDelegation;
import selfserve.identity.domain.Tenant;
import selfserve.identity.domain.User;

/** The caller's own profile: nobody reads or changes another user's here. */
@Stateless
@RolesAllowed(Roles.USER)
public class ProfileBean implements Profile {

    @Inject
    private IdentityRepository repository;

    @Inject
    private IdentityAudit audit;

    @Inject
    private CurrentUser currentUser;

    @Resource
    private SessionContext session;

    @Override
    public Caller current() {
        User user = currentUser.of(session.getCallerPrincipal());
        return new Caller(user.id(), user.displayName(), user.email(), user.tenant().ref(), user.tenant().currency(), user.roles(),
                user.locale().tag(),
                repository.delegationsOf(user).stream().map(PartnerDelegation::customerTenant).map(Tenant::ref).toList());
    }

    @Override
    public void saveLocale(SupportedLocale locale) {
        Objects.requireNonNull(locale, "locale");
        User user = currentUser.of(session.getCallerPrincipal());
        SupportedLocale before = user.locale();
        if (before != locale || user.preferredLocale() == null) {
            user.choose(locale);
            audit.change(user, IdentityAudit.LOCALE_CHANGED, before.tag(), locale.tag());
        }
    }
}
