package selfserve.it;

import java.util.Arrays;
import java.util.List;

/** Latencies of one measured run, and the median of a figure over repeated runs. */
final class BenchStats {

    private BenchStats() {
    }

    /** The q-quantile (0..1) of the values, nearest rank. */
    static double quantile(long[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double millis(double nanos) {
        return nanos / 1_000_000.0;
    }
}
