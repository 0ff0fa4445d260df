package selfserve.it;

/** The demo accounts the tests sign in with (README.md lists them all). */
final class DemoAccounts {

    static final String PASSWORD = "SelfServe-demo-2026";

    private DemoAccounts() {
    }
}
