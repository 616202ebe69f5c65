package dev.serverlesslint.core.engine;

import javax.management.NotificationEmitter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the collections after which a heap pool stayed more than {@link #THRESHOLD} full: the signal for
 * caches of things that can be computed again (the model's trees) to shrink before the collector spends
 * its time on them or the heap runs out. One listener per JVM, registered the first time a large model
 * asks ({@link #events()}): small runs do not pay for loading the management classes. A threshold some
 * other code of the JVM set first is kept.
 */
final class MemoryPressure {

    /** Share of a pool's maximum that, still used after a collection, counts as pressure. */
    static final double THRESHOLD = 0.7;

    private static final AtomicLong EVENTS = new AtomicLong();
    private static volatile boolean listening;

    private MemoryPressure() {
    }

    /** Pressure events so far in this JVM (compare two readings); starts listening on the first call. */
    static long events() {
        if (!listening) {
            listen();
        }
        return EVENTS.get();
    }

    private static synchronized void listen() {
        if (listening) {
            return;
        }
        listening = true;
        boolean watched = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage() == null ? -1 : pool.getUsage().getMax();
            // the young pools are nearly empty or full after a collection whatever the live set is
            boolean young = pool.getName().contains("Eden") || pool.getName().contains("Survivor");
            if (pool.getType() == MemoryType.HEAP && !young && pool.isCollectionUsageThresholdSupported() && max > 0) {
                // The threshold is the JVM's, one per pool: inside Maven another plugin may have set it, and
                // is then left its own (its notifications come at its threshold instead of ours).
                if (pool.getCollectionUsageThreshold() == 0) {
                    pool.setCollectionUsageThreshold((long) (max * THRESHOLD));
                }
                watched = true;
            }
        }
        if (watched && ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter emitter) {
            emitter.addNotificationListener((notification, handback) -> {
                if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                    EVENTS.incrementAndGet();
                }
            }, null, null);
        }
    }
}
