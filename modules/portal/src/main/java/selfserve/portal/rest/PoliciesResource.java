package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.identity.api.PolicySummary;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.i18n.RequestLanguage;
import selfserve.portal.i18n.Translations;
import selfserve.portal.rest.problem.Problem;

/**
 * The AllowSelfServicePurchase policy, shaped like the MSCommerce PowerShell module. Global and
 * Billing admins change it, Global readers read it; a partner names the customer with {@code tenantId}.
 */
@Path("/v1/policies")
@Tag(name = "Policies", description = "Who may buy what by self-service (MSCommerce)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller's role may not do this (FORBIDDEN)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "POLICY_NOT_FOUND, PRODUCT_NOT_FOUND, or TENANT_NOT_FOUND for a "
        + "tenant that is not the caller's and did not delegate to them",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PoliciesResource {

    private static final String TENANT_PARAMETER = "The customer tenant a partner acts for; the caller's own tenant when left out";

    @Inject
    private PurchasePolicies policies;

    @Inject
    private Translations translations;

    @Inject
    private RequestLanguage language;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The policies (Get-MSCommercePolicies)")
    public List<PolicyResponse> all(@Parameter(description = TENANT_PARAMETER) @QueryParam("tenantId") UUID tenantId) {
        return List.of(describe(policies.policy(tenantId)));
    }

    @GET
    @Path("/{policyId}")
    @Operation(summary = "One policy (Get-MSCommercePolicy)")
    public PolicyResponse one(@PathParam("policyId") String policyId,
                              @Parameter(description = TENANT_PARAMETER) @QueryParam("tenantId") UUID tenantId) {
        PurchasePolicies.requireKnown(policyId);
        return describe(policies.policy(tenantId));
    }

    @PUT
    @Path("/{policyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the tenant default",
            description = "The value of every product without its own setting, including products added later. "
                    + "SelfServe's addition to the MSCommerce set.")
    @APIResponse(responseCode = "400", description = "INVALID_POLICY_VALUE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PolicyResponse changeDefault(@PathParam("policyId") String policyId,
                                        @Parameter(description = TENANT_PARAMETER) @QueryParam("tenantId") UUID tenantId,
                                        @NotNull @Valid PolicyDefaultRequest change) {
        PurchasePolicies.requireKnown(policyId);
        return describe(policies.changeDefault(tenantId, value(change.defaultValue())));
    }

    @GET
    @Path("/{policyId}/products")
    @Operation(summary = "Every product's setting (Get-MSCommerceProductPolicies)")
    public List<ProductPolicyResponse> products(@PathParam("policyId") String policyId,
                                                @Parameter(description = TENANT_PARAMETER) @QueryParam("tenantId") UUID tenantId) {
        PurchasePolicies.requireKnown(policyId);
        return policies.productPolicies(tenantId).stream().map(ProductPolicyResponse::of).toList();
    }

    @GET
    @Path("/{policyId}/products/{productId}")
    @Operation(summary = "One product's setting (Get-MSCommerceProductPolicy)",
            description = "The product may be named by its current id or an older alias id.")
    public ProductPolicyResponse product(@PathParam("policyId") String policyId, @PathParam("productId") String productId,
                                         @Parameter(description = TENANT_PARAMETER) @QueryParam("tenantId") UUID tenantId) {
        PurchasePolicies.requireKnown(policyId);
        return ProductPolicyResponse.of(policies.productPolicy(tenantId, productId));
    }

    @PUT
    @Path("/{policyId}/products/{productId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one product's setting (Update-MSCommerceProductPolicy)",
            description = "Applies from now on: existing trials and subscriptions are untouched.")
    @APIResponse(responseCode = "400", description = "INVALID_POLICY_VALUE, or TRIALS_ONLY_NOT_OFFERED for a product "
            + "without a trial without payment method",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProductPolicyResponse change(@PathParam("policyId") String policyId, @PathParam("productId") String productId,
                                        @Parameter(description = TENANT_PARAMETER) @QueryParam("tenantId") UUID tenantId,
                                        @NotNull @Valid PolicyValueRequest change) {
        PurchasePolicies.requireKnown(policyId);
        return ProductPolicyResponse.of(policies.changeProductPolicy(tenantId, productId, value(change.policyValue())));
    }

    private PolicyResponse describe(PolicySummary policy) {
        String description = translations.translate("policy." + policy.policyId() + ".description", language.of(request));
        return new PolicyResponse(policy.policyId(), description, policy.defaultValue().wireName());
    }

    private static PolicyValue value(String wireName) {
        return PolicyValue.ofWireName(wireName).orElseThrow(() -> SelfServeException.invalid("INVALID_POLICY_VALUE",
                wireName, Arrays.stream(PolicyValue.values()).map(PolicyValue::wireName).collect(Collectors.joining(", "))));
    }
}
