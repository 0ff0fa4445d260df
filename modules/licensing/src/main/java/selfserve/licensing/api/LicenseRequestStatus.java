package selfserve.licensing.api;

/** Where a license request stands: waiting for an admin, or decided for every person it names. */
public enum LicenseRequestStatus {
    PENDING,
    COMPLETED
}
