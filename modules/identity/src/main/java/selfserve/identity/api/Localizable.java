package selfserve.identity.api;

/**
 * A value that a person reads as a sentence: the portal and the REST API translate it through its key
 * when it appears among the values of a message (a refusal's reason, say).
 */
public interface Localizable {

    String messageKey();
}
