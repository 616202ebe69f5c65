package dev.serverlesslint.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;

/**
 * A spinner with the elapsed time on standard error for runs that take more than a moment, erased
 * when the run ends. Only used on an interactive terminal, so logs and pipes never see it.
 */
final class TerminalProgress implements AutoCloseable {

    private static final long QUIET_MILLIS = 1500;
    private static final long TICK_MILLIS = 200;
    private static final String FRAMES = "|/-\\";

    private final PrintWriter err;
    private final Thread ticker;
    private final long startNanos = System.nanoTime();
    private boolean shown;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
        this.ticker = new Thread(this::tick, "serverless-lint-progress");
        this.ticker.setDaemon(true);
    }

    /** Starts a progress display when {@code enabled}; otherwise one that does nothing. */
    static TerminalProgress start(boolean enabled, PrintWriter err) {
        TerminalProgress progress = new TerminalProgress(err);
        if (enabled) {
            progress.ticker.start();
        }
        return progress;
    }

    private void tick() {
        try {
            Thread.sleep(QUIET_MILLIS);
            for (int frame = 0; !Thread.currentThread().isInterrupted(); frame++) {
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
                synchronized (this) {
                    err.print("\r" + FRAMES.charAt(frame % FRAMES.length()) + " serverless-lint: linting... "
                            + seconds + "s");
                    err.flush();
                    shown = true;
                }
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (shown) {
                err.print("\r\u001B[K");
                err.flush();
            }
        }
    }
}
