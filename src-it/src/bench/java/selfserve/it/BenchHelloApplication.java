package selfserve.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The bare Liberty's application for the start-time comparison: one REST resource and nothing else. */
@ApplicationPath("/")
public class BenchHelloApplication extends Application {
}
