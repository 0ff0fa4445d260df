package selfserve.identity.api;

/** The product families of the catalog; some rules apply to a whole family. */
public enum ProductFamily { POWER_BI, POWER_APPS, POWER_AUTOMATE, PROJECT, VISIO, TEAMS, MICROSOFT_365 }
