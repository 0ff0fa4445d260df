package selfserve.licensing.api;

/**
 * How a tenant's members ask for licenses.
 *
 * @param ownFlow true: members see {@code message} and {@code link} instead of SelfServe's request form
 * @param message the tenant's own words, plain text; shown only when {@code ownFlow}
 * @param link    an https address; shown only when {@code ownFlow}
 */
public record RequestFlowSettings(boolean ownFlow, String message, String link) {

    public static final RequestFlowSettings STANDARD = new RequestFlowSettings(false, null, null);
}
