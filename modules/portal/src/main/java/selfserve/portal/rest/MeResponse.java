package selfserve.portal.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Role;
import selfserve.identity.api.TenantRef;

/** The caller as {@code GET /api/v1/me} answers. */
@Schema(name = "Me")
public record MeResponse(UUID id, String displayName, String email, TenantResponse tenant, List<String> roles,
                         String locale, List<TenantResponse> delegatedTenants) {

    /** A tenant by id and name. */
    @Schema(name = "Tenant")
    public record TenantResponse(UUID id, String name) {

        static TenantResponse of(TenantRef tenant) {
            return new TenantResponse(tenant.id(), tenant.name());
        }
    }

    static MeResponse of(Caller caller) {
        return new MeResponse(caller.userId(), caller.displayName(), caller.email(), TenantResponse.of(caller.tenant()),
                caller.roles().stream().map(Role::name).sorted().toList(),
                caller.locale(),
                caller.delegatedTenants().stream().map(TenantResponse::of).toList());
    }
}
