package selfserve.it;

/**
 * The callers of the authorization matrix (issue 9), one column each. A caller that acts on a tenant other than
 * their own sends it as {@code tenantId} wherever an operation takes one: the delegated partner Contoso AB, the
 * partner without delegation Contoso China, the admin of another tenant Contoso AB.
 */
enum Caller {

    ANONYMOUS("anon", null, Tenant.OWN),
    GUEST("guest", "guest.user@example.org", Tenant.OWN),
    MEMBER("member", "erik@contoso.se", Tenant.OWN),
    /** Anna on her own subscriptions, invoices, cards, notices and tokens. */
    OWNER("owner", "anna@contoso.se", Tenant.OWN),
    /** A Contoso AB member who owns a subscription of her own (bought for the matrix), not Anna's. */
    OTHER_PURCHASER("other", "karin@contoso.se", Tenant.OWN),
    READER("reader", "reader@contoso.se", Tenant.OWN),
    BILLING_ADMIN("billing", "billing@contoso.se", Tenant.OWN),
    LICENSE_ADMIN("licadm", "licenses@contoso.se", Tenant.OWN),
    GLOBAL_ADMIN("admin", "admin@contoso.se", Tenant.OWN),
    PARTNER("partner", "agent@fabrikam-partners.com", Tenant.CONTOSO_AB),
    /** The same agent on Contoso China, which delegated nothing to Fabrikam; ids are Contoso China's. */
    PARTNER_WITHOUT_DELEGATION("nodeleg", "agent@fabrikam-partners.com", Tenant.CONTOSO_CHINA),
    FOREIGN_ADMIN("foreign", "admin@northwind.com", Tenant.CONTOSO_AB);

    /** The tenant a caller names with {@code tenantId}; OWN sends none. */
    enum Tenant { OWN, CONTOSO_AB, CONTOSO_CHINA }

    private final String column;
    private final String email;
    private final Tenant tenant;

    Caller(String column, String email, Tenant tenant) {
        this.column = column;
        this.email = email;
        this.tenant = tenant;
    }

    String column() {
        return column;
    }

    String email() {
        return email;
    }

    Tenant tenant() {
        return tenant;
    }

    static Caller ofColumn(String column) {
        for (Caller caller : values()) {
            if (caller.column.equals(column)) {
                return caller;
            }
        }
        throw new IllegalArgumentException("No caller column " + column);
    }
}
