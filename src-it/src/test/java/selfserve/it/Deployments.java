package selfserve.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The portal exactly as built: the WAR the portal module produced, never a hand-kept list of classes. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive portal() {
        File war = new File(System.getProperty("selfserve.war", "target/deploy/selfserve.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No portal WAR at " + war.getAbsolutePath() + "; run the build through Maven");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The portal with the given test classes added, for tests that run inside the server. */
    static WebArchive portalWith(Class<?>... testClasses) {
        return portal().addClasses(testClasses);
    }
}
