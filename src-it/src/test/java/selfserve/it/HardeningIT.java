package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9 item 6, the hardening an attacker would probe first: security headers on every kind of answer
 * (pages, REST answers, problem details, the server's own 401), HSTS only over TLS, no server banner,
 * session cookie flags and a new session id at sign-in, password hashes of the strength OWASP asks for,
 * and after a purchase load no card number or security code in the database or the server's logs.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardeningIT {

    private static final String SAM = basic("sam@northwind.com", DemoAccounts.PASSWORD);
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final int PURCHASES = 36;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(HardeningIT.class, Api.class, DemoAccounts.class, LoadCards.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    @Order(1)
    @RunAsClient
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        Api api = new Api(base);
        Map<String, HttpResponse<String>> answers = Map.of(
                "sign-in page", api.send(api.request("login").GET()),
                "portal view", api.send(api.request("").GET()),
                "REST answer", api.get("api/v1/me", SAM),
                "problem answer", api.get("api/v1/subscriptions/" + UUID.randomUUID(), SAM),
                "401 of the API", api.send(api.request("api/v1/me").GET()),
                "failed sign-in", api.send(api.request("api/v1/me").header("Authorization", basic("nobody@example.com", "x")).GET()),
                "unknown page", api.send(api.request("no-such-page-" + UUID.randomUUID()).GET()));

        answers.forEach((what, answer) -> {
            HttpHeaders headers = answer.headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + headers.map());
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
            assertTrue(headers.firstValue("Referrer-Policy").isPresent(), what);
            assertTrue(headers.firstValue("Server").isEmpty(), what + " names the server: " + headers.firstValue("Server"));
            assertTrue(headers.firstValue("X-Powered-By").isEmpty(), what + ": " + headers.firstValue("X-Powered-By"));
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), what + ": no HSTS over plain HTTP");
        });
        assertEquals(404, answers.get("problem answer").statusCode());
        assertEquals(401, answers.get("401 of the API").statusCode());
        assertTrue(answers.get("portal view").headers().firstValue("Content-Security-Policy").orElseThrow()
                .startsWith("default-src 'self'"));
        assertTrue(answers.get("REST answer").headers().firstValue("Content-Security-Policy").orElseThrow()
                .startsWith("default-src 'none'"), "an API answer is data and may load nothing");
        System.out.println("hardening: security headers checked on " + answers.size() + " kinds of answer");
    }

    @Test
    @Order(2)
    @RunAsClient
    void overTlsHstsIsSentAndTheSessionCookieIsSecure() throws Exception {
        Map<String, List<String>> page = overTls("login");
        Map<String, List<String>> api = overTls("api/v1/me");

        for (Map<String, List<String>> headers : List.of(page, api)) {
            String hsts = first(headers, "Strict-Transport-Security");
            assertTrue(hsts != null && hsts.contains("max-age=31536000"), headers.toString());
            assertTrue(first(headers, "Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals(null, first(headers, "Server"));
        }
        String cookie = sessionCookie(page.getOrDefault("Set-Cookie", List.of()));
        assertTrue(cookie.contains("; Secure") || cookie.toLowerCase().contains("; secure"), cookie);
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSessionCookieIsGuardedAndRenewedAtSignIn() {
        Api api = new Api(base);
        HttpResponse<String> form = api.send(api.request("login").GET());
        String before = sessionCookie(form.headers().allValues("Set-Cookie"));
        String lower = before.toLowerCase();
        assertTrue(lower.contains("httponly"), before);
        assertTrue(lower.contains("samesite=lax") || lower.contains("samesite=strict"), before);
        assertTrue(lower.contains("secure"), before);

        HttpResponse<String> signedIn = api.send(api.request("login").header("Cookie", nameAndValue(before))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode("erik@contoso.se", StandardCharsets.UTF_8)
                        + "&password=" + DemoAccounts.PASSWORD)));

        assertEquals(302, signedIn.statusCode());
        String after = sessionCookie(signedIn.headers().allValues("Set-Cookie"));
        assertNotEquals(nameAndValue(before), nameAndValue(after), "a session id known before sign-in is worth nothing after");
        assertTrue(after.toLowerCase().contains("httponly") && after.toLowerCase().contains("secure"), after);
    }

    @Test
    @Order(4)
    void passwordsAreStoredAsPbkdf2Sha256WithAtLeast600000Iterations() throws Exception {
        Pattern format = Pattern.compile("pbkdf2-sha256\\$(\\d+)\\$[A-Za-z0-9+/=]{22,}\\$[A-Za-z0-9+/=]{43,}");
        int checked = 0;
        try (Connection db = dataSource().getConnection(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select EMAIL, PASSWORD_HASH from IDN_USER where PASSWORD_HASH is not null")) {
            while (rows.next()) {
                Matcher hash = format.matcher(rows.getString(2));
                assertTrue(hash.matches(), rows.getString(1) + ": " + rows.getString(2));
                assertTrue(Integer.parseInt(hash.group(1)) >= 600_000, rows.getString(1) + " has " + hash.group(1));
                checked++;
            }
        }
        assertTrue(checked >= 20, "every demo account has a password: " + checked);
    }

    @Test
    @Order(5)
    @RunAsClient
    void aPurchaseLoadWithDistinctCards() {
        Api api = new Api(base);
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + POWER_BI_PRO)
                .header("Authorization", basic("admin@northwind.com", DemoAccounts.PASSWORD))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
        List<CompletableFuture<HttpResponse<String>>> purchases = IntStream.range(0, PURCHASES)
                .mapToObj(i -> api.sendAsync(api.request("api/v1/purchases").header("Authorization", SAM)
                        .header("Idempotency-Key", "hardening-" + UUID.randomUUID()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(LoadCards.purchase(POWER_BI_PRO, i)))))
                .toList();
        for (int i = 0; i < PURCHASES; i++) {
            HttpResponse<String> answer = purchases.get(i).join();
            assertEquals(201, answer.statusCode(), answer.body());
            assertEquals(LoadCards.number(i).substring(12), json(answer).getString("cardLast4"));
        }
    }

    @Test
    @Order(6)
    void noCardNumberOrSecurityCodeIsInTheDatabase() throws Exception {
        List<String> findings = new ArrayList<>();
        int tables = 0;
        long values = 0;
        try (Connection db = dataSource().getConnection()) {
            for (String table : tables(db.getMetaData())) {
                tables++;
                try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery("select * from \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String value = text(rows.getObject(column));
                            if (value == null) {
                                continue;
                            }
                            values++;
                            String where = table + "." + rows.getMetaData().getColumnName(column);
                            for (int card = 0; card < PURCHASES; card++) {
                                LoadCards.secretsIn(value, card, true).forEach(secret -> findings.add(where + " holds " + secret));
                            }
                        }
                    }
                }
                try (ResultSet columns = db.getMetaData().getColumns(null, "PUBLIC", table, "%")) {
                    while (columns.next()) {
                        String name = columns.getString("COLUMN_NAME").toUpperCase();
                        if (name.contains("CVC") || name.contains("CVV") || name.contains("SECURITY_CODE") || name.equals("CARD_NUMBER")) {
                            findings.add(table + "." + name + " is a place for card secrets");
                        }
                    }
                }
            }
        }
        System.out.println("hardening: database scanned for " + PURCHASES + " cards: " + tables + " tables, " + values
                + " values, " + findings.size() + " findings");
        assertTrue(tables > 20, "every module's tables: " + tables);
        assertEquals(List.of(), findings);
    }

    @Test
    @Order(7)
    @RunAsClient
    void noCardNumberOrSecurityCodeIsInTheServersLogs() throws IOException {
        Path logs = Path.of("target/liberty/wlp/usr/servers", System.getProperty("it.server.name", "selfserve-it"), "logs");
        List<Path> files;
        try (Stream<Path> all = Files.walk(logs)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("messages.log")), files.toString());
        List<String> findings = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            String written = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            bytes += written.length();
            for (int card = 0; card < PURCHASES; card++) {
                LoadCards.secretsIn(written, card, false).forEach(secret -> findings.add(logs.relativize(file) + " holds " + secret));
            }
            if (written.contains("securityCode")) {
                findings.add(logs.relativize(file) + " holds a request body with a security code");
            }
        }
        // messages.log holds what the console shows and everything written to System.out and System.err; trace.log
        // exists only with a trace specification; FFDC keeps the failures' details.
        System.out.println("hardening: " + files.size() + " log files (" + bytes + " bytes: " + files.stream()
                .map(file -> logs.relativize(file).toString().replaceAll("_[0-9._]+\\.log$", "_*.log")).distinct().sorted().toList()
                + ") scanned for " + PURCHASES + " cards, " + findings.size() + " findings");
        assertEquals(List.of(), findings);
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** Any column as text: character data as is, binary data (a PDF, say) byte for byte. */
    private static String text(Object value) throws SQLException {
        return switch (value) {
            case null -> null;
            case Clob clob -> clob.getSubString(1, (int) clob.length());
            case Blob blob -> new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.ISO_8859_1);
            case byte[] bytes -> new String(bytes, StandardCharsets.ISO_8859_1);
            default -> value.toString();
        };
    }

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("jdbc/selfserve");
    }

    private Map<String, List<String>> overTls(String path) throws Exception {
        URI https = new URI("https", null, base.getHost(), Integer.getInteger("it.https.port", 9544), base.getPath() + path, null, null);
        HttpsURLConnection connection = (HttpsURLConnection) https.toURL().openConnection();
        connection.setSSLSocketFactory(trustingTheServersOwnCertificate().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true); // the test server's key store is self-signed
        connection.setRequestProperty("Authorization", SAM);
        connection.setInstanceFollowRedirects(false);
        connection.getResponseCode();
        try (InputStream body = connection.getErrorStream() == null ? connection.getInputStream() : connection.getErrorStream()) {
            body.readAllBytes();
        }
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        connection.getHeaderFields().forEach((name, values) -> {
            if (name != null) {
                headers.put(name, values);
            }
        });
        return headers;
    }

    private static SSLContext trustingTheServersOwnCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // not asked
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the test server's own self-signed certificate
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }

    private static String nameAndValue(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
