package selfserve.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/** Tells whoever started the server where to sign in. */
@ApplicationScoped
public class StartupMessage {

    private static final Logger LOG = Logger.getLogger(StartupMessage.class.getName());

    @Inject
    @ConfigProperty(name = "selfserve.host", defaultValue = "localhost")
    private String host;

    @Inject
    @ConfigProperty(name = "selfserve.http.port", defaultValue = "9080")
    private String port;

    @Inject
    @ConfigProperty(name = "selfserve.demo", defaultValue = "false")
    private boolean demo;

    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        String address = "http://" + ("*".equals(host) ? "localhost" : host) + ":" + port + "/";
        LOG.info(() -> "SelfServe is ready: sign in at " + address + "login"
                + (demo ? " (demo mode: the demo accounts are listed in README.md)" : "")
                + "; API documentation at " + address + "openapi/ui/");
    }
}
