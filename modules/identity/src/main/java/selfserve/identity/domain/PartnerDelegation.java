package selfserve.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import selfserve.identity.api.Role;

/**
 * A partner's delegated admin right over a customer tenant, granted to one agent of the partner
 * organization with the role they act in for that customer.
 */
@Entity
@Table(name = "IDN_PARTNER_DELEGATION")
public class PartnerDelegation {

    @Id
    @Column(name = "ID")
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "PARTNER_TENANT_ID", nullable = false)
    private Tenant partnerTenant;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CUSTOMER_TENANT_ID", nullable = false)
    private Tenant customerTenant;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "AGENT_ID", nullable = false)
    private User agent;

    /** The role the agent acts in for the customer. */
    @Enumerated(EnumType.STRING)
    @Column(name = "DELEGATED_ROLE", length = 32, nullable = false)
    private Role delegatedRole;

    @Column(name = "GRANTED_AT", nullable = false)
    private OffsetDateTime grantedAt;

    protected PartnerDelegation() {
        // for JPA
    }

    public PartnerDelegation(User agent, Tenant customerTenant, Role delegatedRole, Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.partnerTenant = agent.tenant();
        this.customerTenant = customerTenant;
        this.agent = agent;
        this.delegatedRole = delegatedRole;
        this.grantedAt = grantedAt.atOffset(ZoneOffset.UTC);
    }

    public UUID id() { return id; }
    public Tenant partnerTenant() { return partnerTenant; }
    public Tenant customerTenant() { return customerTenant; }
    public User agent() { return agent; }
    public Role delegatedRole() { return delegatedRole; }
    public Instant grantedAt() { return grantedAt.toInstant(); }
}
