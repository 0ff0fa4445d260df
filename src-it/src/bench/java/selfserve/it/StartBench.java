package selfserve.it;

import static selfserve.it.BenchContext.CLIENTS;
import static selfserve.it.BenchContext.COLLEAGUES_PER_CLIENT;
import static selfserve.it.BenchContext.PURCHASERS;
import static selfserve.it.BenchContext.seconds;
import static selfserve.it.BenchFigures.Goal.atMost;
import static selfserve.it.BenchTenants.MEMBER_TEMPLATE;
import static selfserve.it.BenchTenants.cloneTenant;
import static selfserve.it.BenchTenants.cloneUsers;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Scenario 1: launch to CWWKZ0001I of SelfServe and of a bare Liberty with the same server.xml (medians), and the
 * ratio. It always starts SelfServe, timed or not, for the scenarios after it; between SelfServe's first start and
 * the next, with the server stopped, it writes the bench tenant's purchasers and colleagues.
 */
final class StartBench extends BenchScenario {

    StartBench(BenchContext context) {
        super(context);
    }

    @Override
    void run() throws Exception {
        Path helloWar = context.dir.resolve("hello.war");
        Files.createDirectories(context.dir);
        ShrinkWrap.create(WebArchive.class, "hello.war").addClasses(BenchHelloApplication.class, BenchHelloResource.class)
                .as(ZipExporter.class).exportTo(helloWar.toFile(), true);
        List<Double> bare = new ArrayList<>();
        boolean timed = context.scenarios.contains("start");
        int starts = timed ? scale.starts() : 1;
        if (timed) {
            bare.addAll(bareStarts(helloWar));
        }
        ServerProcess app = ServerProcess.create(context.wlp, "bench-app", context.war, Map.of(
                "selfserve.http.port", Integer.toString(context.appHttp), "selfserve.https.port", Integer.toString(context.appHttps),
                "selfserve.demo", "true", "selfserve.data.dir", context.dataDir.toString(), "selfserve.db.url", context.serverDbUrl,
                // No mail server: mail is kept for the Sent mail page, nothing is retried against a missing host.
                "selfserve.mail.host", ""));
        context.app = app;
        app.start();
        figures.info("1 start", "start.firstWithNewDatabase", seconds(app.awaitReady(Duration.ofMinutes(5))), "s",
                "SelfServe's first start: new H2 file, Flyway migrations and demo data; not a goal");
        app.stop();
        loadBenchTenant();
        List<Double> selfServe = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            app.start();
            Duration ready = app.awaitReady(Duration.ofMinutes(4));
            System.out.println("SelfServe start " + (i + 1) + ": " + seconds(ready) + " s");
            selfServe.add(seconds(ready));
            if (i < starts - 1) {
                app.stop();
            }
        }
        if (!timed) {
            return;
        }
        double appReady = BenchStats.median(selfServe);
        double bareReady = BenchStats.median(bare);
        figures.add("1 start", "start.selfserve", appReady, "s", atMost(6),
                "launch of bin/server run to CWWKZ0001I of the portal, existing database, median of " + selfServe.size() + " starts");
        figures.add("1 start", "start.bareLiberty", bareReady, "s", null,
                "the same liberty/server.xml (same features) with one hello JAX-RS resource, median of " + bare.size()
                        + " starts after one warm-up start");
        figures.add("1 start", "start.ratio", appReady / bareReady, "x", atMost(2), "start.selfserve / start.bareLiberty");
    }

    /** The bare Liberty's starts: one warm-up (it fills the server's work area), then the measured ones. */
    private List<Double> bareStarts(Path helloWar) throws Exception {
        List<Double> bare = new ArrayList<>();
        try (ServerProcess server = ServerProcess.create(context.wlp, "bench-bare", helloWar, Map.of(
                "selfserve.http.port", Integer.toString(context.bareHttp), "selfserve.https.port", Integer.toString(context.bareHttps),
                "selfserve.data.dir", context.dir.resolve("bare-data").toString()))) {
            for (int i = 0; i <= scale.starts(); i++) {
                server.start();
                Duration ready = server.awaitReady(Duration.ofMinutes(4));
                Api bareApi = new Api(URI.create("http://localhost:" + context.bareHttp + "/").toURL());
                HttpResponse<String> hello = bareApi.send(bareApi.request("hello/hello").GET());
                if (hello.statusCode() != 200 || !hello.body().equals("hello")) {
                    throw new IllegalStateException("The bare server answered " + hello.statusCode() + " " + hello.body());
                }
                System.out.println("bare start " + i + (i == 0 ? " (warm-up, not counted)" : "") + ": " + seconds(ready) + " s");
                if (i > 0) {
                    bare.add(seconds(ready));
                }
                server.stop();
            }
        }
        return bare;
    }

    /** The purchasers and colleagues of the bench's own tenant, written with the server stopped. */
    private void loadBenchTenant() throws SQLException {
        try (Connection c = BenchDb.open(context.dbUrl)) {
            c.setAutoCommit(false);
            context.benchTenant = cloneTenant(c, "Bench Buyers Inc");
            Map<String, Object> member = BenchDb.row(c, "SELECT * FROM IDN_USER WHERE EMAIL = ?", MEMBER_TEMPLATE);
            List<String> ids = cloneUsers(c, member, context.benchTenant, PURCHASERS, "buyer%03d@bench-buyers.example", "Bench Buyer %03d");
            for (int i = 0; i < ids.size(); i++) {
                context.buyers.add(new BenchContext.Buyer(ids.get(i), String.format(Locale.ROOT, "buyer%03d@bench-buyers.example", i), null, null));
            }
            context.colleagues.addAll(cloneUsers(c, member, context.benchTenant, CLIENTS * COLLEAGUES_PER_CLIENT,
                    "colleague%05d@bench-buyers.example", "Bench Colleague %05d"));
            c.commit();
        }
        figures.note("Bench tenant 'Bench Buyers Inc' (a copy of Northwind Traders: US, USD, commercial) with " + PURCHASERS
                + " purchasers and " + context.colleagues.size() + " colleagues, written by JDBC with the server stopped; the users are "
                + "copies of " + MEMBER_TEMPLATE + " (same password) under new ids and emails.");
    }
}
