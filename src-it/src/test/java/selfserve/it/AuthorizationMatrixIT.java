package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix (issue 9, item 1): every operation of the live OpenAPI document under /api/v1, called
 * by each of the twelve callers of {@link Caller}, must answer what {@link AuthorizationTable} writes down. An
 * operation without a row, or a row without an operation, fails. A leak is a refused caller who got a 2xx, or a
 * 2xx of a caller's own data that shows one of Anna's ids. Runs inside the server only to prepare two failed mails
 * and to read assignment ids; every cell is an HTTP call as a program would make it.
 *
 * <p>Runs in Contoso AB (and Fabrikam and Northwind, where the partner and Northwind's admin buy for themselves):
 * what the allowed cells make is undone at the end (purchases, trials and central purchases canceled, license
 * requests denied, cards and tokens removed); values that are set are set to what they were. Anna buys only
 * Power Automate RPA and tries only Project Plan 3, so her demo purchases stay as DemoDataIT counts them by product;
 * her one license request (for Copilot, denied at once) is counted by LicenseRequestsApiIT.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AuthorizationMatrixIT.class, AuthorizationTable.class, AuthorizationTable.Row.class,
                Caller.class, Caller.Tenant.class, MatrixWorld.class, MatrixCalls.class, MatrixCalls.Cell.class,
                OpenApiOperations.class, OpenApiOperations.Operation.class, Database.class, Api.class, DemoAccounts.class);
    }

    @Inject
    @ConfigProperty(name = "selfserve.http.port")
    private String port;

    /** A cell whose answer is not the table's. */
    private record Mismatch(String operation, Caller caller, int expected, int got, boolean leak, String body) {

        @Override
        public String toString() {
            return operation + " | " + caller.column() + " | expected " + expected + " | got " + got + (leak ? " | LEAK" : "")
                    + " | " + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
        }
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() throws Exception {
        long started = System.nanoTime();
        Api api = new Api(new URL("http://localhost:" + port + "/"));
        MatrixWorld world = new MatrixWorld(api);
        world.setUp();
        MatrixCalls calls = new MatrixCalls(world);
        Map<String, OpenApiOperations.Operation> documented = OpenApiOperations.of(api, Api.basic("reader@contoso.se", DemoAccounts.PASSWORD)).operations().stream()
                .collect(Collectors.toMap(OpenApiOperations.Operation::key, op -> op));
        List<AuthorizationTable.Row> rows = AuthorizationTable.rows();

        Set<String> missingRows = new TreeSet<>(documented.keySet());
        rows.forEach(row -> missingRows.remove(row.operation()));
        Set<String> goneOperations = new TreeSet<>();
        rows.stream().map(AuthorizationTable.Row::operation).filter(op -> !documented.containsKey(op)).forEach(goneOperations::add);
        rows.stream().map(AuthorizationTable.Row::operation).filter(op -> !calls.knows(op)).forEach(goneOperations::add);

        List<Mismatch> mismatches = new ArrayList<>();
        int cells = 0;
        try {
            for (AuthorizationTable.Row row : rows) {
                if (!documented.containsKey(row.operation()) || !calls.knows(row.operation())) {
                    continue;
                }
                world.operation(row.operation(), documented.get(row.operation()).takes("tenantId"));
                String unprepared = null;
                try {
                    calls.prepare(row.operation());
                } catch (RuntimeException e) {
                    unprepared = "fixture failed: " + e.getMessage();
                }
                // Refused cells first: they must leave the fixtures the allowed cells then use; a conflict (409)
                // answers what an allowed cell did before (the same person's second trial).
                List<Map.Entry<Caller, Integer>> order = row.expected().entrySet().stream()
                        .sorted(Comparator.comparing((Map.Entry<Caller, Integer> e) -> turn(e.getValue()))).toList();
                for (Map.Entry<Caller, Integer> cell : order) {
                    cells++;
                    HttpResponse<String> answer;
                    try {
                        answer = calls.call(row.operation(), new MatrixCalls.Cell(cell.getKey(), cell.getValue()));
                    } catch (RuntimeException e) {
                        mismatches.add(new Mismatch(row.operation(), cell.getKey(), cell.getValue(), -1, false,
                                unprepared != null ? unprepared : "not called: " + e));
                        continue;
                    }
                    int got = answer.statusCode();
                    boolean refused = cell.getValue() >= 300;
                    boolean leak = refused && got < 300
                            || got < 300 && cell.getKey() != Caller.OWNER && ownData(row.operation())
                            && world.annasIds().stream().anyMatch(answer.body()::contains);
                    if (got != cell.getValue() || leak) {
                        mismatches.add(new Mismatch(row.operation(), cell.getKey(), cell.getValue(), got, leak, answer.body()));
                    }
                }
            }
        } finally {
            List<String> cleanUp = world.tearDown();
            if (!cleanUp.isEmpty()) {
                System.out.println("authz: clean-up problems:\n  " + String.join("\n  ", cleanUp));
            }
        }
        long leaks = mismatches.stream().filter(Mismatch::leak).count();
        System.out.println("authz: %d cells, %d passed, %d leaks (%d operations, %.1f s)".formatted(cells,
                cells - mismatches.size(), leaks, rows.size(), (System.nanoTime() - started) / 1e9));
        List<String> failures = new ArrayList<>();
        missingRows.forEach(op -> failures.add("operation without a row in AuthorizationTable: " + op));
        goneOperations.forEach(op -> failures.add("row for an operation the API does not have (or no call for it): " + op));
        mismatches.forEach(m -> failures.add(m.toString()));
        if (!failures.isEmpty()) {
            fail(failures.size() + " problems:\n" + String.join("\n", failures));
        }
        assertTrue(cells >= rows.size() * Caller.values().length);
    }

    private static int turn(int expected) {
        return expected < 300 ? 1 : expected == 409 ? 2 : 0;
    }

    /** A person's own data, where nobody but Anna may ever see one of her ids. */
    private static boolean ownData(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        return !path.startsWith("/api/v1/tenant/") && !path.startsWith("/api/v1/policies") && !path.startsWith("/api/v1/events")
                && !path.contains("/licenses");
    }
}
