package selfserve.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server run as a user runs it: {@code bin/server run <name>} as an operating-system process, on the
 * one configuration in {@code liberty/server.xml}, with a WAR in {@code dropins/} (the configuration declares no
 * application, so dropins is how it is deployed) and the H2 driver in {@code resources/jdbc}. Unlike Arquillian,
 * the test owns the process: it can time the start, kill the JVM with SIGKILL and start it again on the same data.
 *
 * <pre>{@code
 * try (ServerProcess server = ServerProcess.create(wlp, "crash-probe", war, Map.of("selfserve.http.port", "9681"))) {
 *     server.start();
 *     Duration ready = server.awaitReady(Duration.ofMinutes(4));
 *     server.kill();
 * }
 * }</pre>
 */
final class ServerProcess implements AutoCloseable {

    /** Liberty's message that an application started: the moment the start is timed to. */
    private static final String APP_STARTED = "CWWKZ0001I";
    /** Liberty's message that the server is ready: its HTTP ports open only now, after the applications started. */
    private static final String SERVER_READY = "CWWKF0011I";
    /** Liberty's messages that an application or the server failed to start: no use waiting longer. */
    private static final List<String> START_FAILED = List.of("CWWKZ0002E", "CWWKZ0004E", "CWWKE0005E", "CWWKE0018E");

    private final Path wlpHome;
    private final String name;
    private final Path serverDir;
    private final String appName;
    private final List<String> jvmOptions = new ArrayList<>();
    private Process process;
    private long launchedNanos;
    private Path consoleLog;

    private ServerProcess(Path wlpHome, String name, String appName) {
        this.wlpHome = wlpHome;
        this.name = name;
        this.serverDir = wlpHome.resolve("usr/servers").resolve(name);
        this.appName = appName;
    }

    /**
     * Creates, or refreshes, the server directory {@code wlpHome/usr/servers/<serverName>}: {@code server.xml} from
     * {@code liberty/}, the WAR in {@code dropins/}, the H2 driver, the variables in {@code bootstrap.properties};
     * old logs and the work area are removed. Data under the server's data directory is kept, so a server can be
     * created again over the database of an earlier run.
     *
     * @param wlpHome the Liberty installation src-it's {@code liberty:create} unpacked ({@code target/liberty/wlp})
     * @param war the application; its file name without {@code .war} is the application name awaited at start
     * @param variables server variables, e.g. {@code selfserve.http.port}, {@code selfserve.data.dir}
     */
    static ServerProcess create(Path wlpHome, String serverName, Path war, Map<String, String> variables) {
        if (!Files.isExecutable(wlpHome.resolve("bin/server"))) {
            throw new IllegalStateException("No Liberty at " + wlpHome.toAbsolutePath()
                    + ": src-it's pre-integration-test phase (liberty:create) unpacks it; run through Maven");
        }
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("No application at " + war.toAbsolutePath());
        }
        String fileName = war.getFileName().toString();
        ServerProcess server = new ServerProcess(wlpHome, serverName, fileName.replaceFirst("\\.war$", ""));
        try {
            Path dir = server.serverDir;
            Files.createDirectories(dir);
            deleteTree(dir.resolve("logs"));
            deleteTree(dir.resolve("workarea"));
            deleteTree(dir.resolve("dropins"));
            deleteTree(dir.resolve("apps"));
            Files.copy(configuration(), dir.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(dir.resolve("dropins"));
            Files.copy(war, dir.resolve("dropins").resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
            Path jdbc = Files.createDirectories(dir.resolve("resources/jdbc"));
            Path h2 = h2Driver(wlpHome, serverName);
            if (!h2.equals(jdbc.resolve("h2.jar"))) {
                Files.copy(h2, jdbc.resolve("h2.jar"), StandardCopyOption.REPLACE_EXISTING);
            }
            StringBuilder bootstrap = new StringBuilder("# Written by ServerProcess for this run\n");
            new LinkedHashMap<>(variables).forEach((key, value) ->
                    bootstrap.append(key).append('=').append(escape(value)).append('\n'));
            Files.writeString(dir.resolve("bootstrap.properties"), bootstrap, StandardCharsets.ISO_8859_1);
            Files.deleteIfExists(dir.resolve("jvm.options"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** JVM options for the next start (one per line of {@code jvm.options}), e.g. {@code -Xmx1g}. */
    ServerProcess jvmOptions(String... options) {
        jvmOptions.clear();
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /** Launches {@code bin/server run <name>}; its console output goes to {@link #consoleLog()}. */
    void start() {
        if (alive()) {
            throw new IllegalStateException("Server " + name + " is running already (pid " + pid() + ")");
        }
        try {
            Path options = serverDir.resolve("jvm.options");
            if (jvmOptions.isEmpty()) {
                Files.deleteIfExists(options);
            } else {
                Files.write(options, jvmOptions);
            }
            Files.createDirectories(serverDir.resolve("logs"));
            // A fresh file per start, so waiting for readiness never reads an earlier start's messages.
            consoleLog = serverDir.resolve("logs/run-" + System.currentTimeMillis() + ".log");
            ProcessBuilder builder = new ProcessBuilder(wlpHome.resolve("bin/server").toString(), "run", name)
                    .redirectErrorStream(true).redirectOutput(consoleLog.toFile());
            // The JDK running the tests runs the server too; nothing from the caller's environment configures it.
            builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
            builder.environment().keySet().removeIf(key -> key.startsWith("SELFSERVE_") || key.equals("WLP_USER_DIR")
                    || key.equals("WLP_OUTPUT_DIR") || key.equals("JVM_ARGS"));
            launchedNanos = System.nanoTime();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the application reports CWWKZ0001I and answers with the time from launch to that moment (the
     * moment it is seen, polled every 20 ms). Returns only once the server also reports CWWKF0011I (ready), because
     * Liberty opens its HTTP ports after the applications started: then requests are answered. Fails at once if the
     * process ends or Liberty reports a start failure.
     */
    Duration awaitReady(Duration timeout) {
        requireStarted();
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder seen = new StringBuilder();
        long read = 0;
        Duration started = null;
        while (true) {
            String more = consoleTextFrom(read);
            read += more.getBytes(StandardCharsets.UTF_8).length;
            seen.append(more);
            String log = seen.toString();
            if (started == null && log.lines().anyMatch(line -> line.contains(APP_STARTED) && line.contains(" " + appName + " "))) {
                started = Duration.ofNanos(System.nanoTime() - launchedNanos);
            }
            if (started != null && log.contains(SERVER_READY)) {
                return started;
            }
            Optional<String> failure = log.lines().filter(line -> START_FAILED.stream().anyMatch(line::contains)).findFirst();
            if (failure.isPresent()) {
                throw new IllegalStateException("Server " + name + " failed to start: " + failure.get() + " (see " + consoleLog + ")");
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Server " + name + " ended with exit code " + process.exitValue()
                        + " before " + appName + " started (see " + consoleLog + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Server " + name + ": " + appName + " not started within " + timeout
                        + " (see " + consoleLog + ")");
            }
            sleep(20);
        }
    }

    /**
     * The process id of the server's JVM. {@code bin/server run} execs java in the launched process, so that is
     * the JVM once the script has run; if a wrapper shell ever stays, its java child is answered.
     */
    long pid() {
        requireStarted();
        ProcessHandle launched = process.toHandle();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (launched.isAlive() && System.nanoTime() < deadline) {
            if (isJava(launched)) {
                return launched.pid();
            }
            Optional<ProcessHandle> child = launched.descendants().filter(ServerProcess::isJava).findFirst();
            if (child.isPresent()) {
                return child.get().pid();
            }
            sleep(10);
        }
        return launched.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL of the server JVM, as a crash or {@code kill -9} would end it; waits until it is gone. */
    void kill() {
        requireStarted();
        ProcessHandle.of(pid()).ifPresent(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** An orderly stop with {@code bin/server stop <name>}; SIGKILL if the server is not gone within two minutes. */
    void stop() {
        if (!alive()) {
            return;
        }
        try {
            Process stop = new ProcessBuilder(wlpHome.resolve("bin/server").toString(), "stop", name)
                    .redirectErrorStream(true).redirectOutput(serverDir.resolve("logs/stop.log").toFile()).start();
            stop.waitFor(2, TimeUnit.MINUTES);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                kill();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    @Override
    public void close() {
        stop();
    }

    String name() {
        return name;
    }

    Path serverDir() {
        return serverDir;
    }

    /** This start's console output (Liberty's messages at INFO and above, and what the JVM prints). */
    Path consoleLog() {
        return consoleLog;
    }

    private void awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Server " + name + " did not end within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The console output from this byte on, up to its last complete line. */
    private String consoleTextFrom(long offset) {
        try (var channel = java.nio.channels.FileChannel.open(consoleLog)) {
            long size = channel.size();
            if (size <= offset) {
                return "";
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(size - offset, 1 << 24));
            channel.read(buffer, offset);
            int end = buffer.position();
            while (end > 0 && buffer.get(end - 1) != '\n') {
                end--;
            }
            return new String(buffer.array(), 0, end, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireStarted() {
        if (process == null) {
            throw new IllegalStateException("Server " + name + " was not started");
        }
    }

    private static boolean isJava(ProcessHandle handle) {
        return handle.info().command().map(command -> command.endsWith("/java")).orElse(false);
    }

    /** The one configuration, liberty/server.xml, found from src-it (Maven's working directory) or the checkout root. */
    private static Path configuration() {
        for (Path candidate : List.of(Path.of("../liberty/server.xml"), Path.of("liberty/server.xml"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No liberty/server.xml next to " + Path.of("").toAbsolutePath());
    }

    /**
     * The H2 driver as src-it's pom copies it (liberty:create, copyDependencies) into its test server's
     * {@code resources/jdbc}: taken from that server (it.server.name), else from any server of this installation.
     */
    private static Path h2Driver(Path wlpHome, String serverName) throws IOException {
        Path servers = wlpHome.resolve("usr/servers");
        Path preferred = servers.resolve(System.getProperty("it.server.name", "selfserve-it")).resolve("resources/jdbc/h2.jar");
        if (Files.isRegularFile(preferred)) {
            return preferred;
        }
        try (Stream<Path> all = Files.list(servers)) {
            return all.map(server -> server.resolve("resources/jdbc/h2.jar")).filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path jar) -> !jar.startsWith(servers.resolve(serverName))))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No H2 driver (resources/jdbc/h2.jar) in any server under "
                            + servers.toAbsolutePath() + ": src-it's liberty:create copies it"));
        }
    }

    /** bootstrap.properties is read as a properties file: backslashes (e.g. in Windows paths) must be doubled. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
