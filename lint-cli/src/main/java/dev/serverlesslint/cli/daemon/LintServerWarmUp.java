package dev.serverlesslint.cli.daemon;

import dev.serverlesslint.cli.CliEnvironment;
import dev.serverlesslint.cli.ServerlessLintCommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a new lint server does before its first command: it lints a small project bundled in the jar (the
 * {@code warm-up} resources: handlers with the anti-patterns the rules look for, a serverless.yml and a SAM
 * template), the ways the pre-commit hook lints (a Java file, the configuration files, each with its project)
 * and a whole-project run, a number of rounds, with the output discarded. A server's first commands otherwise
 * run cold code (about 1.5 s for one file of a 30-file service where a warm server takes 0.15 s; figures in
 * docs/performance.md), and the command that starts a server is run the normal way anyway, so the warm-up has
 * the time until the next commit. A client's command never waits for more than the round under way: the
 * warm-up stops then ({@link LintServer}).
 *
 * <p>The project is copied into a directory of the server's own in the private daemon directory and removed
 * when the warm-up ends; the runs use no cache and write no file, so nothing of them outlives the warm-up but
 * compiled code.
 */
final class LintServerWarmUp {

    /** System property: the number of rounds (0: no warm-up); tests set it. */
    static final String ROUNDS_PROPERTY = "serverless-lint.server.warm-up-rounds";
    /**
     * Enough for the JIT to compile the lint's paths: after 30 rounds one file of a 30-file service took as long
     * through the server as after 100 commands of its own (docs/performance.md, "Lint server").
     */
    static final int DEFAULT_ROUNDS = 30;
    private static final String RESOURCES = "warm-up/";
    private static final String DIRECTORY_PREFIX = "warm-up-";

    private final Path project;

    private LintServerWarmUp(Path project) {
        this.project = project;
    }

    /** The rounds this server makes: {@value #ROUNDS_PROPERTY}, else {@value #DEFAULT_ROUNDS}. */
    static int rounds() {
        String value = System.getProperty(ROUNDS_PROPERTY);
        if (value != null) {
            try {
                return Math.max(0, Integer.parseInt(value.trim()));
            } catch (NumberFormatException ignored) {
                // the default
            }
        }
        return DEFAULT_ROUNDS;
    }

    /**
     * Copies the bundled project into {@code directory} (the server's private directory), first removing what
     * warm-ups of servers no longer running left there (a server killed during its warm-up).
     */
    static LintServerWarmUp extract(Path directory) throws IOException {
        removeAbandoned(directory);
        Path project = directory.resolve(DIRECTORY_PREFIX + ProcessHandle.current().pid());
        deleteTree(project);
        for (String file : resourceLines("files.txt")) {
            Path target = project.resolve(file).normalize();
            if (!target.startsWith(project)) {
                throw new IOException("warm-up file outside its project: " + file);
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = resource(file)) {
                Files.copy(in, target);
            }
        }
        return new LintServerWarmUp(project);
    }

    /** The command of round {@code round}: the pre-commit hook's two kinds of run, then the whole project. */
    List<String> command(int round) {
        String root = project.toString();
        return switch (round % 3) {
            case 0 -> List.of("--no-cache", "--root", root,
                    project.resolve("src/main/java/com/example/warmup/CreateOrderHandler.java").toString());
            case 1 -> List.of("--no-cache", "--root", root, project.resolve("serverless.yml").toString(),
                    project.resolve("template.yaml").toString());
            default -> List.of("--no-cache", root);
        };
    }

    /** Runs round {@code round}, as the server runs a client's command, output discarded; its exit code. */
    int run(int round) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return ServerlessLintCommand.execute(command(round).toArray(String[]::new), nowhere, nowhere,
                new CliEnvironment(Map.of(), false, project));
    }

    /** Removes the copied project. */
    void remove() {
        try {
            deleteTree(project);
        } catch (IOException e) {
            System.err.println("serverless-lint server: cannot remove " + project + ": " + e.getMessage());
        }
    }

    Path project() {
        return project;
    }

    private static void removeAbandoned(Path directory) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, DIRECTORY_PREFIX + "*")) {
            for (Path entry : entries) {
                String pid = entry.getFileName().toString().substring(DIRECTORY_PREFIX.length());
                boolean running;
                try {
                    running = ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                } catch (NumberFormatException e) {
                    continue; // not a warm-up's
                }
                if (!running) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = LintServerWarmUp.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("warm-up resource missing from the jar: " + RESOURCES + name);
        }
        return in;
    }
}
