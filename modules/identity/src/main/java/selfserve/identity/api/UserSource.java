package selfserve.identity.api;

/** Where a user account is mastered: in the cloud, or synced from an on-premises directory. */
public enum UserSource { CLOUD, SYNCED }
