package selfserve.it;

import static selfserve.it.BenchFigures.Goal.atMost;
import static selfserve.it.BenchFigures.Goal.sizeAtMost;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;

/**
 * Scenario "5 portal" (run fourth): in headless Chromium, the time from navigation start to the Vaadin UI ready for
 * a signed-in purchaser, and the server's live heap per signed-in session.
 */
final class PortalBench extends BenchScenario {

    PortalBench(BenchContext context) {
        super(context);
    }

    @Override
    void run() throws Exception {
        URL appBase = context.appBase;
        List<BenchContext.Buyer> buyers = context.buyers;
        String script = "window.__benchReady = undefined; (function poll() {"
                + " const flow = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " const clients = flow ? Object.values(flow).filter(c => c && typeof c.isActive === 'function') : [];"
                + " if (clients.length > 0 && clients.every(c => !c.isActive()) && document.getElementById('signed-in-user')) {"
                + "   window.__benchReady = performance.now(); } else { setTimeout(poll, 5); } })();";
        try (Browser browser = new Browser("en-US"); BenchHeap heap = new BenchHeap(context.app.pid())) {
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "document.addEventListener('DOMContentLoaded', () => { " + script + " });"));
            // Warm-up: the first sign-in compiles the views' code paths in the server.
            for (int i = 0; i < 3; i++) {
                browser.driver().manage().deleteAllCookies();
                browser.signIn(appBase, buyers.get(i).email());
            }
            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < 2 + scale.runs() + 2; i++) {
                browser.open(appBase.toString());
                browser.until(d -> d.executeScript("return window.__benchReady") != null);
                double millis = ((Number) browser.driver().executeScript("return window.__benchReady")).doubleValue();
                System.out.println("portal page load " + i + (i < 2 ? " (warm-up)" : "") + ": " + millis + " ms");
                if (i >= 2) {
                    loads.add(millis);
                }
            }
            figures.add("5 portal", "portal.firstInteractivePage", BenchStats.median(loads) / 1000.0, "s", atMost(1.5),
                    "headless Chromium, signed-in purchaser opens the portal's home page: navigation start to the Vaadin UI "
                            + "ready (Flow client not busy, shell rendered), from performance.now() in the page; browser cache warm; "
                            + "median of " + loads.size());
            browser.driver().manage().deleteAllCookies();
            long before = heap.liveBytes();
            int sessions = scale.sessions();
            for (int i = 0; i < sessions; i++) {
                browser.driver().manage().deleteAllCookies();
                browser.signIn(appBase, buyers.get(i % buyers.size()).email());
                browser.await(By.id("signed-in-user"));
            }
            long after = heap.liveBytes();
            figures.info("5 portal", "portal.liveHeapBefore", before / 1048576.0, "MB", "server live heap after GC before the sessions");
            figures.info("5 portal", "portal.liveHeapAfter", after / 1048576.0, "MB", "the same after " + sessions + " sessions");
            figures.add("5 portal", "portal.heapPerSession", (after - before) / 1024.0 / sessions, "KB", sizeAtMost(250),
                    sessions + " purchasers signed in through the portal's form in headless Chromium, each in a new HTTP "
                            + "session (cookies cleared; earlier sessions stay open), home page shown; (live heap after GC "
                            + "after - before) / sessions, read from the server JVM through JMX; negative: the heap shrank "
                            + "by more than the sessions hold, so nothing was measured (FAIL)");
        }
    }
}
