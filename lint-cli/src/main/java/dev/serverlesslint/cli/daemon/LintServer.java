package dev.serverlesslint.cli.daemon;

import dev.serverlesslint.cli.CliEnvironment;
import dev.serverlesslint.cli.ServerlessLintCommand;
import dev.serverlesslint.cli.daemon.client.DaemonDirectory;
import dev.serverlesslint.cli.daemon.client.DaemonProtocol;
import dev.serverlesslint.cli.daemon.client.LintClient;
import dev.serverlesslint.cli.daemon.client.ServerIdentity;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A warm JVM that runs the command for {@link LintClient}s: the same {@link ServerlessLintCommand#execute}
 * a fresh JVM runs, with the client's arguments, working directory, environment variables and terminal, so
 * the answer (standard output, standard error, exit code, files written) is the same byte for byte.
 *
 * <p>It listens on a Unix domain socket in the user's private {@link DaemonDirectory} (nothing on the
 * network), one request at a time (a client that finds it busy leaves the command to a normal run). It holds
 * a lock file while it runs, so exactly one server serves an identity and a socket left by a server that died
 * is recognised as stale and replaced. It exits after an idle time, when its jar changes, when its socket is
 * removed, on {@code --stop-daemon}, and when a client goes away during its request (Ctrl-C) and the run does
 * not stop within a second of being interrupted — as a fresh JVM would have stopped, leaving no report behind.
 * Between requests it keeps loaded classes and compiled code, no project data: every request starts from its
 * arguments.
 */
public final class LintServer {

    /** A client must send its whole request within this time. */
    static final long REQUEST_READ_MILLIS = 10_000;
    /** How long a run abandoned by its client may take to stop after an interrupt before the server exits. */
    static final long CANCEL_GRACE_MILLIS = 1_000;
    /** The request runs on a thread with the stack the launcher gives the CLI's main thread (-Xss16m). */
    static final long REQUEST_STACK_BYTES = 16L * 1024 * 1024;
    /** After this long without a request, the heap is collected once so that an idle server holds little. */
    static final long COLLECT_AFTER_MILLIS = 5_000;
    /** How long a client's command waits for the warm-up's round under way, after which it is refused. */
    static final long WARM_UP_YIELD_MILLIS = 5_000;
    /**
     * The warm-up starts this long after the server: the command that started the server runs the normal way
     * meanwhile (one file takes about half a second), and should not share the machine with the warm-up.
     */
    static final long WARM_UP_DELAY_MILLIS = 2_000;

    private final ServerIdentity identity;
    private final Path socket;
    private final Object socketKey;
    private final ServerSocketChannel channel;
    private final FileLock lock;
    private final Path jar;
    private final String jarStamp;
    private final long idleNanos;
    /** A command runs: a client's, or a round of the warm-up. */
    private final AtomicBoolean busy = new AtomicBoolean();
    /** The warm-up has rounds to go; a client's command then waits for the round under way. */
    private volatile boolean warmingUp;
    /** A client's command is waiting: the warm-up makes no more rounds. */
    private volatile boolean warmUpYields;
    private final ScheduledExecutorService timers =
            Executors.newSingleThreadScheduledExecutor(r -> thread(r, "serverless-lint-server-timer"));
    private volatile long lastActive = System.nanoTime();
    private volatile boolean collected;
    private volatile String stopReason;

    private LintServer(ServerIdentity identity, Path socket, Object socketKey, ServerSocketChannel channel,
                       FileLock lock, Path jar, String jarStamp, long idleMillis) {
        this.identity = identity;
        this.socket = socket;
        this.socketKey = socketKey;
        this.channel = channel;
        this.lock = lock;
        this.jar = jar;
        this.jarStamp = jarStamp;
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMillis);
    }

    /** {@code LintServer DIRECTORY IDENTITY IDLE_SECONDS JAR}: serves until it stops, then exits. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: LintServer DIRECTORY IDENTITY IDLE_SECONDS JAR");
            System.exit(2);
        }
        ignoreTerminalSignals();
        LintServer server = open(Path.of(args[0]), ServerIdentity.given(args[1]),
                TimeUnit.SECONDS.toMillis(Long.parseLong(args[2])), Path.of(args[3]));
        if (server == null) {
            System.exit(0); // another server of this identity runs
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::removeSocket, "serverless-lint-server-exit"));
        System.err.println("serverless-lint server " + ProcessHandle.current().pid() + " listening on " + server.socket);
        server.warmUp(Path.of(args[0]), LintServerWarmUp.rounds());
        server.serve();
        System.err.println("serverless-lint server " + ProcessHandle.current().pid() + " stopped: " + server.stopReason);
        System.exit(0);
    }

    /**
     * Binds the socket of {@code identity} in {@code directory}; {@code null} when a live server holds it.
     * A socket whose server died is deleted first (the lock says whether it is alive).
     */
    static LintServer open(Path directory, ServerIdentity identity, long idleMillis, Path jar) throws IOException {
        DaemonDirectory.secured(directory);
        Path socket = DaemonDirectory.socket(directory, identity.key);
        if (socket == null) {
            throw new IOException("the socket path in " + directory + " is too long");
        }
        FileChannel lockFile = FileChannel.open(directory.resolve(identity.key + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.tryLock();
        if (lock == null) {
            lockFile.close();
            return null;
        }
        // The jar as it is before the first client can connect: a change from then on stops the server.
        String jarStamp = stamp(jar);
        ServerSocketChannel channel;
        try {
            Files.deleteIfExists(socket);
            channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(socket), 16);
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | RuntimeException e) {
            lockFile.close();
            throw e;
        }
        Object socketKey = Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        return new LintServer(identity, socket, socketKey, channel, lock, jar, jarStamp, idleMillis);
    }

    /** Accepts requests until the server stops; returns once the last request has been answered. */
    void serve() throws InterruptedException {
        long checkMillis = Math.max(50, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(idleNanos) / 4));
        timers.scheduleWithFixedDelay(this::watch, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
        try {
            while (stopReason == null) {
                SocketChannel connection = channel.accept();
                thread(() -> handle(connection), "serverless-lint-connection").start();
            }
        } catch (IOException e) {
            stop(stopReason == null ? "cannot accept: " + e : stopReason);
        } finally {
            while (busy.get()) {
                Thread.sleep(10); // the run being answered is finished first
            }
            timers.shutdownNow();
            removeSocket();
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException ignored) {
                // the lock goes with the process
            }
        }
    }

    /** Stops accepting; a request being answered is finished first. */
    void stop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closed already
        }
    }

    /** The periodic check: idle time, a changed jar, a removed socket; and one collection once idle. */
    private void watch() {
        try {
            check();
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again: this one must keep running
            System.err.println("serverless-lint server: " + e);
        }
    }

    private void check() {
        long idle = System.nanoTime() - lastActive;
        if (busy.get()) {
            return;
        }
        if (idle > idleNanos) {
            stop("idle for " + TimeUnit.NANOSECONDS.toSeconds(idle) + " s");
        } else if (!jarStamp.equals(stamp(jar))) {
            stop("its jar changed");
        } else if (!Objects.equals(socketKey, currentSocketKey())) {
            stop("its socket was removed");
        } else if (!collected && idle > TimeUnit.MILLISECONDS.toNanos(COLLECT_AFTER_MILLIS)) {
            collected = true;
            System.gc();
        }
    }

    private void handle(SocketChannel connection) {
        try (connection) {
            ScheduledFuture<?> deadline = timers.schedule(() -> close(connection), REQUEST_READ_MILLIS,
                    TimeUnit.MILLISECONDS);
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(connection)));
            DaemonProtocol.Request request = DaemonProtocol.decode(in);
            deadline.cancel(false);
            if (request.kind == DaemonProtocol.STOP) {
                stop("asked to stop");
                DaemonProtocol.writeExit(connection, DaemonProtocol.EXIT, 0);
                return;
            }
            if (request.kind != DaemonProtocol.LINT || !identity.text.equals(request.identity)
                    || !Path.of(request.workingDirectory).isAbsolute()) {
                DaemonProtocol.writeExit(connection, DaemonProtocol.REFUSED, 0);
                return;
            }
            if (!jarStamp.equals(stamp(jar))) {
                stop("its jar changed");
                DaemonProtocol.writeExit(connection, DaemonProtocol.REFUSED, 0);
                return;
            }
            if (stopReason != null || !acquire()) {
                // one run at a time: a client that finds the server busy leaves the command to a normal run
                DaemonProtocol.writeExit(connection, DaemonProtocol.REFUSED, 0);
                return;
            }
            // Released once the command has finished, before its answer is sent: a client that sends its next
            // command as soon as it has the answer must not find the server still busy with this one.
            AtomicBoolean released = new AtomicBoolean();
            Runnable release = () -> {
                if (released.compareAndSet(false, true)) {
                    lastActive = System.nanoTime();
                    collected = false;
                    busy.set(false);
                }
            };
            try {
                lastActive = System.nanoTime();
                run(connection, request, release);
            } finally {
                release.run();
            }
        } catch (IOException | RuntimeException e) {
            // a client that went away or sent something else: nothing to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes the server for a client's command: at once when it is idle; during the warm-up, once the round under
     * way has finished (the warm-up then stops). {@code false} when another client's command runs.
     */
    private boolean acquire() throws InterruptedException {
        if (busy.compareAndSet(false, true)) {
            return true;
        }
        if (!warmingUp) {
            return false;
        }
        warmUpYields = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WARM_UP_YIELD_MILLIS);
        while (System.nanoTime() < deadline) {
            Thread.sleep(2);
            if (busy.compareAndSet(false, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts the warm-up ({@link LintServerWarmUp}) on a thread of its own: {@code rounds} rounds, each holding
     * the server as a client's command does, until a client's command comes or the server stops.
     */
    void warmUp(Path directory, int rounds) {
        if (rounds <= 0) {
            return;
        }
        warmingUp = true;
        Thread thread = new Thread(null, () -> {
            try {
                Thread.sleep(WARM_UP_DELAY_MILLIS);
            } catch (InterruptedException e) {
                warmingUp = false;
                return;
            }
            LintServerWarmUp warmUp = null;
            long start = System.nanoTime();
            int round = 0;
            try {
                warmUp = LintServerWarmUp.extract(directory);
                for (; round < rounds && !warmUpYields && stopReason == null; round++) {
                    if (!busy.compareAndSet(false, true)) {
                        break; // a client's command runs: it warms the server from now on
                    }
                    try {
                        if (warmUpYields) {
                            break;
                        }
                        warmUp.run(round);
                    } finally {
                        busy.set(false);
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("serverless-lint server: warm-up stopped: " + e);
            } finally {
                warmingUp = false;
                if (warmUp != null) {
                    warmUp.remove();
                }
                System.err.println("serverless-lint server " + ProcessHandle.current().pid() + " warmed up: " + round
                        + " of " + rounds + " rounds in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
                        + " ms");
            }
        }, "serverless-lint-warm-up", REQUEST_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs the command on its own thread while this one waits for the client to hang up: a client that goes
     * before the answer (Ctrl-C) cancels the run.
     */
    private void run(SocketChannel connection, DaemonProtocol.Request request, Runnable release)
            throws InterruptedException {
        CliEnvironment environment = new CliEnvironment(request.environment, request.terminal,
                Path.of(request.workingDirectory));
        AtomicBoolean finished = new AtomicBoolean();
        Thread worker = new Thread(null, () -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                // The same writers as ServerlessLintCommand.main: UTF-8, flushed at each line.
                int code = ServerlessLintCommand.execute(request.arguments,
                        new PrintWriter(out, true, StandardCharsets.UTF_8),
                        new PrintWriter(err, true, StandardCharsets.UTF_8), environment);
                finished.set(true);
                release.run();
                DaemonProtocol.writeFrame(connection, DaemonProtocol.STDOUT, out.toByteArray());
                DaemonProtocol.writeFrame(connection, DaemonProtocol.STDERR, err.toByteArray());
                DaemonProtocol.writeExit(connection, DaemonProtocol.EXIT, code);
            } catch (IOException e) {
                // the client is gone
            } catch (Throwable e) {
                // not even the command's own handling answered (a class missing from the jar): no answer,
                // so the client runs the command itself
                System.err.println("serverless-lint server: the run failed: " + e);
            } finally {
                close(connection); // always: a client must never wait for an answer that will not come
            }
        }, "serverless-lint-request", REQUEST_STACK_BYTES);
        worker.start();
        ByteBuffer ignored = ByteBuffer.allocate(256);
        try {
            while (connection.read(ignored.clear()) >= 0) {
                // a client sends nothing after its request; wait for it to hang up or for the answer
            }
        } catch (ClosedChannelException e) {
            // the worker closed it after answering
        } catch (IOException e) {
            // the client's end failed: as good as hung up
        }
        if (!finished.get()) {
            worker.interrupt();
            worker.join(CANCEL_GRACE_MILLIS);
            if (worker.isAlive()) {
                // The run ignores the interrupt (a rule busy on one file): stop the JVM as Ctrl-C would have.
                System.err.println("serverless-lint server " + ProcessHandle.current().pid()
                        + " stopped: a cancelled run did not stop");
                System.exit(0);
            }
        }
        worker.join();
    }

    private static void close(SocketChannel connection) {
        try {
            connection.close();
        } catch (IOException ignored) {
            // closed already
        }
    }

    private Object currentSocketKey() {
        try {
            return Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** Deletes the socket if it is still this server's (a new server may have replaced a removed one). */
    private void removeSocket() {
        if (Objects.equals(socketKey, currentSocketKey())) {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException ignored) {
                // a stale socket is replaced by the next server
            }
        }
    }

    private static String stamp(Path jar) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    private static Thread thread(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * The server runs in the process group of the client that started it, so Ctrl-C in that terminal (SIGINT)
     * and closing it (SIGHUP) reach it too; they are meant for the client. SIGTERM still stops it.
     */
    private static void ignoreTerminalSignals() {
        for (String name : new String[] {"INT", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException e) {
                // no such signal here
            }
        }
    }
}
