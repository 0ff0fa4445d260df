package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import selfserve.commerce.api.DemoPurchasesSeeded;
import selfserve.identity.api.DemoDirectorySeeded.DemoPerson;
import selfserve.licensing.domain.LicenseRequest;

/**
 * Demo mode: one pending license request. Contoso AB does not allow self-service purchases of
 * Microsoft 365 Copilot (identity's demo policy), so erik@contoso.se asks for it for himself and
 * karin@contoso.se; Contoso's central Copilot subscription (commerce's demo data) has licenses to approve it
 * from. Added once: a request of erik's for Copilot in any state (decided, say) is left as it is.
 */
@ApplicationScoped
public class DemoLicenseRequests {

    private static final Logger LOG = Logger.getLogger(DemoLicenseRequests.class.getName());
    static final String MICROSOFT_365_COPILOT = "CFQ7TTC0MM8R";

    @Inject
    private RequestRepository requests;

    @Inject
    private Clock clock;

    void seed(@Observes DemoPurchasesSeeded seeded) {
        DemoPerson erik = seeded.people().get("erik@contoso.se");
        DemoPerson karin = seeded.people().get("karin@contoso.se");
        if (erik == null || karin == null || requests.anyRequest(erik.userId(), MICROSOFT_365_COPILOT)) {
            return;
        }
        requests.add(LicenseRequest.open(erik.tenantId(), MICROSOFT_365_COPILOT, erik.userId(),
                List.of(erik.userId(), karin.userId()), "Karin and I start using Copilot in our customer meetings next month.",
                clock.instant().minus(Duration.ofDays(2))));
        LOG.info("Demo mode: 1 pending license request added");
    }
}
