package selfserve.it;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The server JVM's heap, read through JMX: the bench attaches to the server's pid (the JDK's attach API starts the
 * JVM's local management agent) and reads the platform MemoryMXBean and memory pools, as jconsole would.
 * "Live heap" is the heap in use right after a full GC (System.gc through the MemoryMXBean, twice).
 */
final class BenchHeap implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<MemoryPoolMXBean> oldPools;

    BenchHeap(long pid) {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MBeanServerConnection server = connector.getMBeanServerConnection();
            memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            oldPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the heap of the server JVM " + pid + " through JMX", e);
        }
    }

    /** Heap in use after two full GCs, in bytes. */
    long liveBytes() {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Heap in use now, garbage included. */
    long usedBytes() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The old generation in use now: what survived young collections, i.e. what the JVM kept, not fresh garbage. */
    long oldGenBytes() {
        return oldPools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    String oldGenNames() {
        return String.join(", ", oldPools.stream().map(MemoryPoolMXBean::getName).toList());
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
