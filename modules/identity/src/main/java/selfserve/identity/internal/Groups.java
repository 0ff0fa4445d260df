package selfserve.identity.internal;

import java.util.HashSet;
import java.util.Set;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.domain.User;

/** The security groups (role names) a signed-in user holds. */
final class Groups {

    private Groups() {
    }

    static Set<String> of(User user, boolean partner) {
        Set<String> groups = new HashSet<>();
        groups.add(Roles.USER);
        if (partner) {
            groups.add(Roles.PARTNER);
        }
        for (Role role : user.roles()) {
            groups.add(role.roleName());
        }
        return groups;
    }
}
