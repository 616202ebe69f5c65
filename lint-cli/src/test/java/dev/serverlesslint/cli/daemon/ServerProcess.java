package dev.serverlesslint.cli.daemon;

import dev.serverlesslint.cli.daemon.client.DaemonDirectory;
import dev.serverlesslint.cli.daemon.client.DaemonProtocol;
import dev.serverlesslint.cli.daemon.client.LintClient;
import dev.serverlesslint.cli.daemon.client.ServerIdentity;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@link LintServer} in a child JVM (its own working directory, its own history of requests), and a
 * client for it over its socket. {@link #close()} stops it, by request and else by force: tests leave no process.
 */
final class ServerProcess implements AutoCloseable {

    static final long START_SECONDS = 60;

    final Path directory;
    final ServerIdentity identity;
    final Path socket;
    final Process process;

    private ServerProcess(Path directory, ServerIdentity identity, Process process) {
        this.directory = directory;
        this.identity = identity;
        this.socket = DaemonDirectory.socket(directory, identity.key);
        this.process = process;
    }

    /**
     * Starts a server in {@code directory} (made private) that watches {@code jar}, without a warm-up; returns once
     * it listens.
     */
    static ServerProcess start(Path directory, String identityText, long idleSeconds, Path jar)
            throws IOException, InterruptedException {
        return start(directory, identityText, idleSeconds, jar, 0);
    }

    /** {@link #start(Path, String, long, Path)} with a warm-up of {@code warmUpRounds} rounds. */
    static ServerProcess start(Path directory, String identityText, long idleSeconds, Path jar, int warmUpRounds)
            throws IOException, InterruptedException {
        DaemonDirectory.secured(directory);
        ServerIdentity identity = ServerIdentity.given(identityText);
        Process process = launch(directory, identityText, idleSeconds, jar, warmUpRounds);
        ServerProcess server = new ServerProcess(directory, identity, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            SocketChannel channel = LintClient.connect(server.socket);
            if (channel != null) {
                channel.close();
                return server;
            }
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + ": "
                        + Files.readString(directory.resolve("server.log")));
            }
            Thread.sleep(20);
        }
        server.close();
        throw new IOException("the server did not listen within " + START_SECONDS + " s");
    }

    static Process launch(Path directory, String identityText, long idleSeconds, Path jar) throws IOException {
        return launch(directory, identityText, idleSeconds, jar, 0);
    }

    static Process launch(Path directory, String identityText, long idleSeconds, Path jar, int warmUpRounds)
            throws IOException {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-D" + LintServerWarmUp.ROUNDS_PROPERTY + "=" + warmUpRounds,
                "-cp", System.getProperty("java.class.path"), LintServer.class.getName(),
                directory.toString(), identityText, Long.toString(idleSeconds), jar.toString()))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile()))
                .start();
    }

    /** The server's answer to a lint request; {@code null} when it refused. */
    LintClient.Answer lint(Path workingDirectory, boolean terminal, Map<String, String> environment, String... args)
            throws IOException {
        return send(identity.text, DaemonProtocol.LINT, workingDirectory, terminal, environment, args);
    }

    LintClient.Answer send(String identityText, byte kind, Path workingDirectory, boolean terminal,
                           Map<String, String> environment, String... args) throws IOException {
        SocketChannel channel = LintClient.connect(socket);
        if (channel == null) {
            throw new IOException("no server listens on " + socket);
        }
        try (channel) {
            return LintClient.exchange(channel, DaemonProtocol.encode(new DaemonProtocol.Request(identityText, kind,
                    workingDirectory.toString(), terminal, args, environment)));
        }
    }

    /**
     * The line of the server's log that starts with {@code prefix}, waiting up to three minutes for it (a whole
     * warm-up on a loaded machine); else null.
     */
    String awaitLogLine(String prefix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3 * START_SECONDS);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(directory.resolve("server.log"))) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            Thread.sleep(50);
        }
        return null;
    }

    boolean exited(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            try {
                send("", DaemonProtocol.STOP, directory, false, Map.of());
            } catch (IOException e) {
                // gone already, or wedged: stopped by force below
            }
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
