package dev.serverlesslint.core.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The collection-usage threshold is one per pool and JVM: a threshold another component set (inside Maven,
 * another plugin) is kept; without one, {@link MemoryPressure} sets 70 % of the pool. Each case runs in a
 * child JVM, whose pools nothing else has touched.
 */
class MemoryPressureTest {

    @Test
    void setsSeventyPercentWhereNoThresholdIsSet() throws Exception {
        for (String pool : child("none")) {
            String[] parts = pool.split(" ");
            assertEquals((long) (Long.parseLong(parts[1]) * MemoryPressure.THRESHOLD), Long.parseLong(parts[2]), pool);
        }
    }

    @Test
    void keepsAThresholdSetBeforeIt() throws Exception {
        for (String pool : child("other")) {
            String[] parts = pool.split(" ");
            assertEquals(Long.parseLong(parts[1]) / 2, Long.parseLong(parts[2]), pool);
        }
    }

    /** The watched pools of a child JVM after {@link MemoryPressure#events()}: "name max threshold" lines. */
    private static List<String> child(String before) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseParallelGC", "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), before).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<String> pools = output.lines().toList();
        assertEquals(1, pools.size(), "the parallel collector has one old pool: " + output);
        return pools;
    }

    /** Sets half of each old pool as the threshold first ("other") or not ("none"), then starts watching. */
    public static final class Child {
        public static void main(String[] args) {
            List<MemoryPoolMXBean> old = new ArrayList<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                        && !pool.getName().contains("Eden") && !pool.getName().contains("Survivor")) {
                    old.add(pool);
                    if (args[0].equals("other")) {
                        pool.setCollectionUsageThreshold(pool.getUsage().getMax() / 2);
                    }
                }
            }
            MemoryPressure.events();
            for (MemoryPoolMXBean pool : old) {
                System.out.println(pool.getName().replace(' ', '_') + " " + pool.getUsage().getMax() + " "
                        + pool.getCollectionUsageThreshold());
            }
        }
    }
}
