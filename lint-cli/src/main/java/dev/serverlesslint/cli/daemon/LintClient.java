package dev.serverlesslint.cli.daemon;

import dev.serverlesslint.cli.CliEnvironment;
import dev.serverlesslint.cli.ServerlessLintCommand;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line through a warm {@link LintServer} ({@code SERVERLESS_LINT_DAEMON=on}): sends the arguments,
 * working directory, environment and terminal to the server of this jar and JDK (starting it when there is
 * none) and writes its answer. Whenever the server cannot be used — no private directory, no server and none
 * starts, a busy or other server, any failure of the exchange — the command runs in this JVM instead, so a
 * lint never fails because of the server. The answer is written only once it is complete, which is what
 * makes that fallback exact.
 *
 * <p>{@code --stop-daemon} as the only argument stops this user's servers.
 */
public final class LintClient {

    /**
     * The server's JVM flags: a long-lived JVM, so all compilers (not the launcher's C1 only); the serial
     * collector, the smallest footprint, which gives free heap back at the collection the server makes once it
     * is idle. The stack is the launcher's.
     */
    static final List<String> SERVER_FLAGS = List.of("-Xss16m", "-XX:+UseSerialGC");
    /** Default idle time after which a server exits (SERVERLESS_LINT_DAEMON_IDLE_SECONDS). */
    static final long DEFAULT_IDLE_SECONDS = 900;
    /** How long a client waits for the server it started to listen. */
    static final long START_MILLIS = 10_000;
    /** Variables the server process is started with; each request brings the client's whole environment. */
    private static final List<String> SERVER_VARIABLES = List.of("PATH", "HOME", "USER", "LOGNAME", "TMPDIR");

    /** The command's exit code for an error (ServerlessLintCommand's, which the client does not load). */
    private static final int EXIT_ERROR = 2;

    private LintClient() {
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        if (args.length == 1 && args[0].equals("--stop-daemon")) {
            System.exit(stopAll(environment));
        }
        Answer answer;
        try {
            answer = ask(args, environment);
        } catch (IOException | RuntimeException | LinkageError e) {
            answer = null;
        }
        if (answer != null) {
            System.exit(answer.write());
        }
        ServerlessLintCommand.main(args);
    }

    /** The server's answer to this command; {@code null} when the command must run here. */
    static Answer ask(String[] args, Map<String, String> environment) throws IOException {
        Path jar = runningJar();
        Path located = DaemonDirectory.locate(environment);
        if (jar == null || located == null) {
            return null;
        }
        Path directory = DaemonDirectory.secured(located);
        List<String> flags = serverFlags(environment);
        ServerIdentity identity = ServerIdentity.of(jar, System.getProperty("java.home"),
                System.getProperty("java.runtime.version"), flags, environment);
        Path socket = DaemonDirectory.socket(directory, identity.key);
        if (socket == null) {
            return null;
        }
        byte[] request = DaemonProtocol.encode(new DaemonProtocol.Request(identity.text, DaemonProtocol.LINT,
                Path.of("").toAbsolutePath().normalize().toString(),
                CliEnvironment.isInteractiveTerminal(System.console()), args, environment));
        SocketChannel connected = connect(socket);
        SocketChannel channel = connected != null ? connected
                : start(directory, socket, identity, flags, jar, environment);
        if (channel == null) {
            return null;
        }
        try (channel) {
            return exchange(channel, request);
        }
    }

    /** Sends a request and reads the answer; {@code null} when the server refused. */
    static Answer exchange(SocketChannel channel, byte[] request) throws IOException {
        DaemonProtocol.writeFully(channel, ByteBuffer.wrap(request));
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 65536));
        byte[] out = new byte[0];
        byte[] err = new byte[0];
        while (true) {
            byte kind = in.readByte();
            int value = in.readInt();
            if (kind == DaemonProtocol.STDOUT || kind == DaemonProtocol.STDERR) {
                byte[] content = in.readNBytes(value);
                if (value < 0 || content.length != value) {
                    throw new IOException("answer cut short");
                }
                if (kind == DaemonProtocol.STDOUT) {
                    out = content;
                } else {
                    err = content;
                }
            } else if (kind == DaemonProtocol.EXIT) {
                return new Answer(out, err, value);
            } else {
                return null;
            }
        }
    }

    /** A connection to the server on {@code socket}; {@code null} when none listens there. */
    static SocketChannel connect(Path socket) {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // not connected
                }
            }
            return null;
        }
    }

    /**
     * Starts a server in the background and connects to it once it listens; {@code null} when it does not
     * come up in time. Two clients starting one at the same time are fine: the server's lock lets one of them
     * listen and the other exit, and both clients connect to the one that listens.
     */
    private static SocketChannel start(Path directory, Path socket, ServerIdentity identity, List<String> flags,
                                       Path jar, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(jar.toString());
        command.add(LintServer.class.getName());
        command.add(directory.toString());
        command.add(identity.text);
        command.add(Long.toString(idleSeconds(environment)));
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(directory.resolve(identity.key.concat(".log")).toFile()));
        // Only what the JVM itself needs: the command's variables go with each request instead.
        Map<String, String> serverEnvironment = builder.environment();
        serverEnvironment.clear();
        for (List<String> names : List.of(SERVER_VARIABLES, ServerIdentity.JVM_VARIABLES)) {
            for (String name : names) {
                String value = environment.get(name);
                if (value != null) {
                    serverEnvironment.put(name, value);
                }
            }
        }
        Process server = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
        while (System.nanoTime() < deadline) {
            SocketChannel channel = connect(socket);
            if (channel != null) {
                return channel;
            }
            if (!server.isAlive()) {
                // it lost the race to another server, or failed: one more try, then lint here
                return connect(socket);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /**
     * One command through a server in this JVM, for the training runs of the launcher's class-data archive and
     * ahead-of-time cache (ArchiveTraining): the client's classes, and the JDK's socket classes it needs, are
     * then archived too. The server lives in a temporary directory (short enough for a socket path, wherever
     * the jar is), removed afterwards; nothing happens when this does not run from a jar.
     */
    public static void train(String... args) throws IOException, InterruptedException {
        Path jar = runningJar();
        if (jar == null) {
            return;
        }
        Path work = Files.createTempDirectory("serverless-lint-training");
        try {
            Map<String, String> environment = Map.of("XDG_RUNTIME_DIR", work.toString());
            Path directory = DaemonDirectory.secured(DaemonDirectory.locate(environment));
            ServerIdentity identity = ServerIdentity.of(jar, System.getProperty("java.home"),
                    System.getProperty("java.runtime.version"), serverFlags(environment), environment);
            LintServer server = LintServer.open(directory, identity, TimeUnit.MINUTES.toMillis(1), jar);
            if (server == null) {
                return;
            }
            Thread serving = new Thread(() -> {
                try {
                    server.serve();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "serverless-lint-training-server");
            serving.start();
            try {
                ask(args, environment);
            } finally {
                server.stop("training done");
                serving.join();
            }
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Stops every server of this user; the exit code of {@code --stop-daemon}. */
    static int stopAll(Map<String, String> environment) {
        Path directory = DaemonDirectory.locate(environment);
        int stopped = 0;
        int busy = 0;
        if (directory != null && Files.isDirectory(directory)) {
            try {
                DaemonDirectory.requirePrivate(directory);
                try (DirectoryStream<Path> sockets = Files.newDirectoryStream(directory, "*.sock")) {
                    byte[] stop = DaemonProtocol.encode(new DaemonProtocol.Request("", DaemonProtocol.STOP, "", false,
                            new String[0], Map.of()));
                    for (Path socket : sockets) {
                        SocketChannel channel = connect(socket);
                        if (channel == null) {
                            Files.deleteIfExists(socket); // stale: its server is gone
                            continue;
                        }
                        try (channel) {
                            if (exchange(channel, stop) != null) {
                                stopped++;
                            }
                        } catch (IOException e) {
                            busy++;
                        }
                    }
                }
            } catch (IOException e) {
                System.err.println("serverless-lint: " + e.getMessage());
                return 2;
            }
        }
        System.out.println("serverless-lint: stopped " + stopped + " lint server(s)");
        return busy == 0 ? 0 : 2;
    }

    static List<String> serverFlags(Map<String, String> environment) {
        List<String> flags = new ArrayList<>(SERVER_FLAGS);
        String options = environment.get("SERVERLESS_LINT_JAVA_OPTS");
        if (options != null) {
            // as the launcher's unquoted ${SERVERLESS_LINT_JAVA_OPTS}: split at white space
            for (String option : options.trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    flags.add(option);
                }
            }
        }
        return flags;
    }

    static long idleSeconds(Map<String, String> environment) {
        String value = environment.get("SERVERLESS_LINT_DAEMON_IDLE_SECONDS");
        if (value != null) {
            try {
                long seconds = Long.parseLong(value.trim());
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException ignored) {
                // the default below
            }
        }
        return DEFAULT_IDLE_SECONDS;
    }

    private static Path runningJar() {
        try {
            CodeSource source = LintClient.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            return location != null && location.getFileName().toString().endsWith(".jar")
                    && Files.isRegularFile(location) ? location : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** What the server answered: the bytes of standard output and error, and the exit code. */
    static final class Answer {
        final byte[] out;
        final byte[] err;
        final int exitCode;

        Answer(byte[] out, byte[] err, int exitCode) {
            this.out = out;
            this.err = err;
            this.exitCode = exitCode;
        }

        /** Writes the answer to this process's standard output and error; the exit code to end with. */
        int write() {
            FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
            FileOutputStream stderr = new FileOutputStream(FileDescriptor.err);
            int code = exitCode;
            try {
                stdout.write(out);
            } catch (IOException e) {
                // as the command in this JVM says when its standard output fails
                ByteArrayOutputStream message = new ByteArrayOutputStream();
                message.writeBytes(err);
                message.writeBytes(("serverless-lint: cannot write to standard output (disk full or pipe closed?);"
                        + " the report is incomplete" + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                writeQuietly(stderr, message.toByteArray());
                return EXIT_ERROR;
            }
            writeQuietly(stderr, err);
            return code;
        }

        private static void writeQuietly(FileOutputStream stream, byte[] bytes) {
            try {
                stream.write(bytes);
            } catch (IOException ignored) {
                // nowhere left to say it
            }
        }
    }
}
