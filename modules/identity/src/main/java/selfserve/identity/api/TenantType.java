package selfserve.identity.api;

/** The kind of organization a tenant is; it decides eligibility for self-service. */
public enum TenantType { COMMERCIAL, GOVERNMENT, EDUCATION }
