package selfserve.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator: n clients, each on its own virtual thread, send their next request as soon as the
 * previous one is answered, for a fixed time. Latency is measured per call, around the whole call (send, server
 * work, answer read), in the bench JVM.
 */
final class BenchLoad {

    /**
     * One call of a client; answers what it did ("purchase", "assign"…) when it succeeded, or null when the server
     * refused it as the scenario expects (e.g. no free seat): refusals are counted, not timed.
     */
    @FunctionalInterface
    interface Call {
        String call() throws Exception;
    }

    /** What one run measured: latencies (ns) of successful calls per kind, refusals, errors, the run's length. */
    record Result(Map<String, long[]> byKind, long refused, long errors, Duration elapsed, List<String> firstErrors) {

        Result kind(String kind) {
            return new Result(Map.of(kind, byKind.getOrDefault(kind, new long[0])), refused, errors, elapsed, firstErrors);
        }

        private long[] latencies() {
            return byKind.values().stream().flatMapToLong(java.util.Arrays::stream).toArray();
        }

        long successes() {
            return latencies().length;
        }

        double perSecond() {
            return latencies().length / (elapsed.toNanos() / 1e9);
        }

        double p50Millis() {
            return BenchStats.millis(BenchStats.quantile(latencies(), 0.50));
        }

        double p99Millis() {
            return BenchStats.millis(BenchStats.quantile(latencies(), 0.99));
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d ok in %.1f s (%.1f/s), p50 %.1f ms, p99 %.1f ms, %d refused, %d errors",
                    successes(), elapsed.toNanos() / 1e9, perSecond(), p50Millis(), p99Millis(), refused, errors);
        }
    }

    private BenchLoad() {
    }

    /** Runs clients (numbered 0..n-1, each given its own call by {@code clients}) for the duration. */
    static Result run(int n, Duration duration, IntFunction<Call> clients) {
        AtomicLong refused = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Long>> byKind = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Call call = clients.apply(i);
                running.add(threads.submit(() -> {
                    Map<String, List<Long>> mine = new HashMap<>();
                    while (System.nanoTime() < end) {
                        long before = System.nanoTime();
                        try {
                            String kind = call.call();
                            long took = System.nanoTime() - before;
                            if (kind == null) {
                                refused.incrementAndGet();
                            } else {
                                mine.computeIfAbsent(kind, k -> new ArrayList<>()).add(took);
                            }
                        } catch (Exception | AssertionError e) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(e.toString());
                            }
                        }
                    }
                    mine.forEach((kind, list) -> byKind.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(list));
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<String, long[]> latencies = new HashMap<>();
        byKind.forEach((kind, list) -> latencies.put(kind, list.stream().mapToLong(Long::longValue).toArray()));
        return new Result(latencies, refused.get(), errors.get(), elapsed, List.copyOf(firstErrors));
    }
}
