package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a person sees in the portal, in headless Chromium; each test saves screenshots under target/screenshots. */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

    private static final By SIGNED_IN_USER = By.id("signed-in-user");
    private static final By SIGN_OUT = By.id("sign-out");
    private static final By ADMIN_NAV = By.id("nav-admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @ParameterizedTest(name = "{0} sees the shell in {1}")
    @CsvSource({"anna@contoso.se, sv-SE, Anna Svensson", "li.wei@contoso.cn, zh-CN, 李伟",
            "chen.mei@contoso.tw, zh-TW, 陳美", "sam@northwind.com, en, Sam Carter"})
    void eachMemberSeesTheShellInTheirLanguageWithoutTheAdminSection(String email, String language, String name) {
        try (Browser browser = new Browser("en-US")) {
            signIn(browser, email);

            browser.awaitText(By.id("home-welcome"), Texts.of(language, "home.welcome", name));
            browser.awaitText(SIGN_OUT, Texts.of(language, "header.signOut"));
            browser.awaitText(By.cssSelector("#nav-purchaser [slot=label]"), Texts.of(language, "nav.section.purchases"));
            browser.until(d -> language.equals(d.executeScript("return document.documentElement.lang")));
            assertTrue(browser.driver().findElements(ADMIN_NAV).isEmpty(), "a member sees no admin section");
            browser.screenshot("shell-" + email);
        }
    }

    @Test
    void aGlobalAdminSeesAndOpensTheAdminSection() {
        try (Browser browser = new Browser("en-US")) {
            signIn(browser, "admin@contoso.se");

            browser.awaitText(By.cssSelector("#nav-admin [slot=label]"), Texts.of("sv-SE", "nav.section.admin"));
            browser.await(By.cssSelector("#nav-admin vaadin-side-nav-item")).click();
            browser.awaitText(By.id("admin-title"), Texts.of("sv-SE", "admin.title"));
            browser.screenshot("admin-center-admin@contoso.se");
        }
    }

    @Test
    void aPartnerSeesTheCustomersTheyAdminister() {
        try (Browser browser = new Browser("en-US")) {
            signIn(browser, "agent@fabrikam-partners.com");
            browser.open(base + "admin");

            WebElement customers = browser.await(By.id("admin-customers"));
            assertEquals(List.of("Contoso AB", "Northwind Traders"),
                    customers.findElements(By.tagName("li")).stream().map(WebElement::getText).toList());
            browser.screenshot("admin-center-partner");
        }
    }

    @ParameterizedTest(name = "{0} cannot open {1}")
    @CsvSource({"erik@contoso.se, admin", "erik@contoso.se, admin/self-service", "licenses@contoso.se, admin/self-service"})
    void adminPagesAreClosedToWhoeverLacksTheRole(String email, String page) {
        String language = Api.json(new Api(base).get("api/v1/me", Api.basic(email, DemoAccounts.PASSWORD))).getString("locale");
        try (Browser browser = new Browser("en-US")) {
            signIn(browser, email);
            browser.open(base + page);

            browser.awaitText(By.tagName("h2"), Texts.of(language, "error.notFound.title"));
            assertTrue(browser.driver().findElements(By.id("admin-title")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("policy-title")).isEmpty());
        }
    }

    @Test
    void theFirstVisitFollowsTheBrowsersLanguage() {
        try (Browser browser = new Browser("zh-TW")) {
            browser.open(base + "login");

            browser.until(d -> Texts.of("zh-TW", "login.title").equals(loginForm(browser, "i18n.form.title")));
            browser.screenshot("login-zh-TW");
        }
    }

    @Test
    void aWrongPasswordIsExplainedInTheBrowsersLanguage() {
        try (Browser browser = new Browser("sv-SE")) {
            browser.open(base + "login");
            submitSignIn(browser, "anna@contoso.se", "not-her-password");

            browser.until(d -> Boolean.TRUE.equals(loginForm(browser, "error")));
            assertEquals(Texts.of("sv-SE", "login.error.invalid.title"), loginForm(browser, "i18n.errorMessage.title"));
            assertTrue(browser.driver().findElements(SIGNED_IN_USER).isEmpty());
            browser.screenshot("login-wrong-password-sv-SE");
        }
    }

    @Test
    void aChosenLanguageIsSavedAndUsedAtTheNextSignIn() {
        Api api = new Api(base);
        api.send(api.request("api/v1/me").header("Authorization", Api.basic("karin@contoso.se", DemoAccounts.PASSWORD))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"locale\":\"sv-SE\"}")));
        try (Browser browser = new Browser("en-US")) {
            signIn(browser, "karin@contoso.se");
            browser.awaitText(SIGN_OUT, Texts.of("sv-SE", "header.signOut"));

            browser.await(By.id("language-switcher")).click();
            browser.await(By.xpath("//vaadin-select-item[@role='option' and @label='简体中文']")).click();
            browser.awaitText(SIGN_OUT, Texts.of("zh-CN", "header.signOut"));
            browser.screenshot("language-switched-zh-CN");

            browser.await(SIGN_OUT).click();
            browser.awaitText(By.id("login-notice"), Texts.of("zh-CN", "login.signedOut"));
            signIn(browser, "karin@contoso.se");
            browser.awaitText(SIGN_OUT, Texts.of("zh-CN", "header.signOut"));
        }
    }

    @Test
    void signingOutEndsTheSession() {
        try (Browser browser = new Browser("en-US")) {
            signIn(browser, "sam@northwind.com");
            browser.await(SIGN_OUT).click();
            browser.await(By.id("login-notice"));

            browser.open(base.toString());
            browser.await(By.cssSelector("vaadin-login-form"));
            assertTrue(browser.driver().getCurrentUrl().contains("login"), browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElements(SIGNED_IN_USER).isEmpty());
        }
    }

    @Test
    void aDisabledUsersSessionEndsAtTheirNextRequest() throws InterruptedException {
        Api api = new Api(base);
        String admin = Api.basic("admin@contoso.tw", DemoAccounts.PASSWORD);
        String chenMei = Api.json(api.get("api/v1/me", Api.basic("chen.mei@contoso.tw", DemoAccounts.PASSWORD)))
                .getString("id");
        try (Browser browser = new Browser("en-US")) {
            signIn(browser, "chen.mei@contoso.tw");
            browser.await(SIGN_OUT);
            assertEquals(200, userStatus(api, chenMei, admin, "DISABLED").statusCode());
            try {
                Thread.sleep(2_100); // past the test server's selfserve.sessions.recheck-seconds (2)
                browser.open(base + "invoices");

                browser.await(By.cssSelector("vaadin-login-form"));
                assertTrue(browser.driver().getCurrentUrl().contains("login"), browser.driver().getCurrentUrl());
                assertTrue(browser.driver().findElements(SIGNED_IN_USER).isEmpty());
                browser.screenshot("session-ended-disabled-user");
            } finally {
                assertEquals(200, userStatus(api, chenMei, admin, "ACTIVE").statusCode());
            }
        }
    }

    private static HttpResponse<String> userStatus(Api api, String userId, String authorization, String status) {
        return api.send(api.request("api/v1/tenant/users/" + userId + "/status").header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}")));
    }

    private void signIn(Browser browser, String email) {
        browser.signIn(base, email);
    }

    private static void submitSignIn(Browser browser, String email, String password) {
        browser.submitSignIn(email, password);
    }

    /** A property of the sign-in form, or null while the form is not on the page yet. */
    private static Object loginForm(Browser browser, String property) {
        return browser.driver().executeScript("const form = document.querySelector('vaadin-login-form');"
                + "try { return form ? form." + property + " : null; } catch (e) { return null; }");
    }

}
