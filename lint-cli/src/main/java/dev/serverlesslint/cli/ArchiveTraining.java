package dev.serverlesslint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the build's class-data-sharing archive (lint-cli/pom.xml, {@code package} phase):
 * the JVM runs this with {@code -XX:ArchiveClassesAtExit}, so every class loaded here is stored in the
 * archive that {@code bin/serverless-lint} maps at start-up instead of loading and verifying the classes
 * from the jar. It therefore runs the command the ways users run it, in one JVM: help and version, every
 * report format, a cold and a warm cached run, and the pre-commit case (one file with its project).
 * Output is discarded; findings are expected and nothing here fails the build.
 *
 * <p>Arguments: a work directory (cache and report files) and the project directories to lint.
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: ArchiveTraining WORK_DIR PROJECT_DIR...");
            System.exit(2);
        }
        Path work = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(work);
        List<Path> projects = Stream.of(args).skip(1).map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
        // What the real environment costs to read (variables, console) is archived too, but no
        // GITHUB_STEP_SUMMARY, NO_COLOR or terminal of the build machine leaks into the runs.
        CliEnvironment.system();
        CliEnvironment environment = new CliEnvironment(Map.of(), false, work);
        Path first = projects.get(0);

        run(environment, "--version");
        run(environment, "--help");
        run(environment, "--list-rules");
        run(environment, "--no-such-option");
        for (String format : List.of("text", "json", "sarif", "checkstyle", "rdjson", "github", "gitlab", "junit")) {
            run(environment, "--no-cache", "--threads", "2", "--format", format, first.toString());
        }
        run(environment, "--no-cache", "--color", "always", first.toString());
        run(environment, "--no-cache", "--format", "json", "--output", work.resolve("report.json").toString(),
                first.toString());
        // git integration (fails harmlessly outside a git checkout)
        run(environment, "--no-cache", "--diff-base", "HEAD", first.toString());
        for (Path project : projects) {
            // Cold, then warm: the result cache's write and read paths.
            String cache = work.resolve("cache").toString();
            run(environment, "--cache-dir", cache, "--format", "json", project.toString());
            run(environment, "--cache-dir", cache, "--format", "json", project.toString());
            // Pre-commit: the changed files alone, analysed with their project (found from the files, or given).
            List<String> files;
            try (Stream<Path> walk = Files.walk(project)) {
                files = walk.filter(Files::isRegularFile).sorted().limit(4).map(Path::toString).toList();
            }
            List<String> precommit = new ArrayList<>(List.of("--cache-dir", cache));
            precommit.addAll(files);
            run(environment, precommit.toArray(String[]::new));
            List<String> withRoot = new ArrayList<>(List.of("--no-cache", "--root", project.toString()));
            withRoot.addAll(files);
            run(environment, withRoot.toArray(String[]::new));
        }
        // The engine's worker threads must not keep the JVM (and so the archive) from finishing.
        System.exit(0);
    }

    private static void run(CliEnvironment environment, String... args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        ServerlessLintCommand.execute(args, nowhere, nowhere, environment);
    }
}
