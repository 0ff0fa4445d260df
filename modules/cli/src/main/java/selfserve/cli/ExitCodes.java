package selfserve.cli;

/** The exit codes scripts can rely on. */
final class ExitCodes {

    static final int OK = 0;
    /** The server refused the request, it could not be reached, or the command line was wrong. */
    static final int REFUSED = 1;
    /** No saved connection, or its sign-in expired or was revoked: run connect. */
    static final int NOT_CONNECTED = 2;

    private ExitCodes() {
    }
}
