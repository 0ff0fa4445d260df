package selfserve.portal.ui;

import com.vaadin.flow.server.VaadinRequest;

/** Whether the current request comes from a signed-in person. */
public final class SignedIn {

    private SignedIn() {
    }

    public static boolean now() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getUserPrincipal() != null;
    }
}
