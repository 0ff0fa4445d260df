package selfserve.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Waits for a port to accept connections. Liberty reports an application started (CWWKZ0001I) a moment
 * before its HTTP endpoint listens (CWWKO0219I): a request sent in between is refused.
 */
final class Listening {

    private Listening() {
    }

    static void await(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 1_000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Nothing listens on port " + port + " after " + timeout, notYet);
                }
                Thread.sleep(100);
            }
        }
    }
}
