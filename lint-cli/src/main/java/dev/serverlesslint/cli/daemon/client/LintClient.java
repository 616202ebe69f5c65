package dev.serverlesslint.cli.daemon.client;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line through a warm lint server ({@code SERVERLESS_LINT_DAEMON=on}): sends the arguments,
 * working directory, environment and terminal to the server of this jar and JDK and writes its answer.
 * Whenever the server cannot be used — no private directory, no server yet (one is then started in the
 * background for the commands that follow, unless this is the first command within a server's idle time), a busy
 * or other server, any failure of the exchange — it writes nothing and exits with
 * {@link #RUN_NORMALLY}, on which {@code bin/serverless-lint} runs the command the normal way (same JVM, flags
 * and archive as without the server), so a lint never fails because of the server. The answer is written only
 * once it is complete, which is what makes that fallback exact.
 *
 * <p>The client is its own small jar ({@code serverless-lint-client.jar}: this package, which uses
 * {@code java.base} only) in a JVM with flags for a short program, so it starts without opening the linter's
 * jar; the launcher names that jar in the system property {@value #JAR_PROPERTY}. The shaded jar holds these
 * classes too: the server uses the same ones.
 *
 * <p>{@code --stop-daemon} as the only argument stops this user's servers.
 */
public final class LintClient {

    /** The system property naming the linter's jar, whose server answers (bin/serverless-lint sets it). */
    public static final String JAR_PROPERTY = "serverless-lint.jar";
    /**
     * The system property with the launcher's archive flag for the linter's jar on this JDK
     * ({@code -XX:AOTCache=FILE} or {@code -XX:SharedArchiveFile=FILE}), when it maps one: a server started
     * with it runs its first command in a third of the time (docs/performance.md, "Lint server").
     */
    public static final String ARCHIVE_PROPERTY = "serverless-lint.archive";
    /**
     * The exit code that tells the launcher to run the command the normal way: EX_TEMPFAIL of sysexits.h,
     * none of the command's own (0, 1, 2) nor a JVM's (1, 128 + a signal).
     */
    public static final int RUN_NORMALLY = 75;
    /** The server's main class, in the linter's jar (not loaded here). */
    public static final String SERVER_CLASS = "dev.serverlesslint.cli.daemon.LintServer";
    /**
     * The server's JVM flags: a long-lived JVM, so all compilers (not the launcher's C1 only); the serial
     * collector, the smallest footprint, which gives free heap back at the collection the server makes once it
     * is idle. The stack is the launcher's. Huge methods compiled too: JavaParser's lexer
     * ({@code GeneratedJavaParserTokenManager.jjMoveNfa_0}, 8,246 bytes of bytecode) is over HotSpot's 8,000-byte
     * limit, so a server left it to the interpreter for good: a third of each parse's samples (JavaParser on the
     * six files of a one-file command on the bench's service: 2.3-3.0 ms warm instead of 4.5-5.4 ms).
     */
    public static final List<String> SERVER_FLAGS = List.of("-Xss16m", "-XX:+UseSerialGC",
            "-XX:-DontCompileHugeMethods");
    /** Default idle time after which a server exits (SERVERLESS_LINT_DAEMON_IDLE_SECONDS). */
    static final long DEFAULT_IDLE_SECONDS = 900;
    /** Variables the server process is started with; each request brings the client's whole environment. */
    private static final List<String> SERVER_VARIABLES = List.of("PATH", "HOME", "USER", "LOGNAME", "TMPDIR");

    /** The command's exit code for an error (ServerlessLintCommand's, which the client does not load). */
    private static final int EXIT_ERROR = 2;

    private LintClient() {
    }

    public static void main(String[] args) {
        Map<String, String> processEnvironment = System.getenv();
        Map<String, String> environment = CommandEnvironment.of(processEnvironment);
        if (args.length == 1 && args[0].equals("--stop-daemon")) {
            System.exit(stopAll(environment));
        }
        Answer answer;
        try {
            answer = ask(linterJar(), args, environment);
        } catch (Throwable e) {
            // whatever went wrong, the normal run can still answer
            answer = null;
        }
        if (answer == null) {
            System.exit(RUN_NORMALLY);
        }
        String announcements = CommandEnvironment.announcements(processEnvironment);
        if (!announcements.isEmpty()) {
            Answer.writeQuietly(new FileOutputStream(FileDescriptor.err), announcements.getBytes(environmentCharset()));
        }
        System.exit(answer.write());
    }

    /** The server's answer to this command; {@code null} when the command must run the normal way. */
    public static Answer ask(Path jar, String[] args, Map<String, String> environment) throws IOException {
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
        SocketChannel channel = connect(socket);
        if (channel == null) {
            // The server is started for the commands that follow, and only when this is not the first command
            // within its idle time: someone who commits now and then gains nothing from a background JVM. This
            // command runs the normal way at once instead of waiting for the server's start and warm-up.
            long idleSeconds = idleSeconds(environment);
            if (lintedRecently(directory, identity.key, idleSeconds)) {
                start(directory, identity, flags, jar, idleSeconds, environment);
            }
            return null;
        }
        try (channel) {
            // encoded only for a server that listens: the console lookup costs a JDK 22+ client a service search
            byte[] request = DaemonProtocol.encode(new DaemonProtocol.Request(identity.text, DaemonProtocol.LINT,
                    Path.of("").toAbsolutePath().normalize().toString(),
                    InteractiveTerminal.is(System.console()), args, environment));
            return exchange(channel, request);
        }
    }

    /**
     * Sends a request and reads the answer; {@code null} when the server refused. Read straight from the
     * channel into heap buffers, without streams: fewer classes and no VarHandles for a fresh JVM to set up.
     */
    public static Answer exchange(SocketChannel channel, byte[] request) throws IOException {
        DaemonProtocol.writeFully(channel, ByteBuffer.wrap(request));
        ByteBuffer frame = ByteBuffer.allocate(5);
        byte[] out = new byte[0];
        byte[] err = new byte[0];
        while (true) {
            readFully(channel, frame.clear());
            byte kind = frame.get(0);
            int value = frame.getInt(1);
            if (kind == DaemonProtocol.STDOUT || kind == DaemonProtocol.STDERR) {
                if (value < 0) {
                    throw new IOException("malformed answer");
                }
                ByteBuffer content = ByteBuffer.allocate(value);
                readFully(channel, content);
                if (kind == DaemonProtocol.STDOUT) {
                    out = content.array();
                } else {
                    err = content.array();
                }
            } else if (kind == DaemonProtocol.EXIT) {
                return new Answer(out, err, value);
            } else {
                return null;
            }
        }
    }

    /** Fills the buffer, 64 KB at a time (a read into a heap buffer goes through a direct one of its size). */
    private static void readFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        int end = buffer.limit();
        while (buffer.hasRemaining()) {
            buffer.limit(Math.min(end, buffer.position() + 65536));
            int read = channel.read(buffer);
            buffer.limit(end);
            if (read < 0) {
                throw new EOFException("answer cut short");
            }
        }
    }

    /** A connection to the server on {@code socket}; {@code null} when none listens there. */
    public static SocketChannel connect(Path socket) {
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
     * Starts a server in the background, without waiting for it. Two clients starting one at the same time
     * are fine: the server's lock lets one of them listen and the other exit.
     */
    private static void start(Path directory, ServerIdentity identity, List<String> flags, Path jar,
                              long idleSeconds, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The archive only makes the server start sooner, so it is no part of the identity: a server started
        // before the launcher's archive was made answers as one started with it.
        command.addAll(archiveFlags(System.getProperty(ARCHIVE_PROPERTY)));
        command.addAll(flags);
        command.add("-cp");
        command.add(jar.toString());
        command.add(SERVER_CLASS);
        command.add(directory.toString());
        command.add(identity.text);
        command.add(Long.toString(idleSeconds));
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
        builder.start();
    }

    /**
     * Whether a command of this identity found no server less than {@code idleSeconds} before this one (the time
     * of the last is kept as that of the file {@code KEY.used}), recording this one.
     */
    static boolean lintedRecently(Path directory, String key, long idleSeconds) {
        Path used = directory.resolve(key.concat(".used"));
        long now = System.currentTimeMillis();
        boolean recently;
        try {
            long age = now - Files.getLastModifiedTime(used, LinkOption.NOFOLLOW_LINKS).toMillis();
            recently = age >= 0 && age < idleSeconds * 1000;
        } catch (IOException e) {
            recently = false; // none yet
        }
        try {
            if (!Files.exists(used, LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(used);
            }
            Files.setLastModifiedTime(used, FileTime.fromMillis(now));
        } catch (IOException e) {
            // not recorded: a later command starts no server, as before the first
        }
        return recently;
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

    /**
     * The server's flags for the launcher's archive {@code flag}, quiet as the launcher's (a JVM that cannot
     * map it starts without it); none for anything but the two archive flags.
     */
    static List<String> archiveFlags(String flag) {
        if (flag == null) {
            return List.of();
        }
        if (flag.startsWith("-XX:AOTCache=") && flag.length() > "-XX:AOTCache=".length()) {
            return List.of(flag, "-Xlog:aot=off");
        }
        if (flag.startsWith("-XX:SharedArchiveFile=") && flag.length() > "-XX:SharedArchiveFile=".length()) {
            return List.of(flag, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        return List.of();
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

    /** The encoding in which the JVM read the environment, so that a value written back is the bytes it was. */
    private static Charset environmentCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** The linter's jar as the launcher names it; {@code null} when it does not or the jar is not there. */
    private static Path linterJar() {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || jar.isEmpty()) {
            return null;
        }
        Path path = Path.of(jar).toAbsolutePath().normalize();
        return Files.isRegularFile(path) ? path : null;
    }

    /** What the server answered: the bytes of standard output and error, and the exit code. */
    public static final class Answer {
        public final byte[] out;
        public final byte[] err;
        public final int exitCode;

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

        static void writeQuietly(FileOutputStream stream, byte[] bytes) {
            try {
                stream.write(bytes);
            } catch (IOException ignored) {
                // nowhere left to say it
            }
        }
    }
}
