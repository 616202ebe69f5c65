package dev.serverlesslint.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --diff-base} on a repository whose configuration names a command for every hook git offers
 * (fsmonitor, textconv, diff driver, external diff, clean/smudge filters, pager, hooks, ssh,
 * upload-pack for a lazy fetch, gpg, credential helper): each command would create a marker file,
 * and none may exist after the run, while the changed lines are still found.
 */
class HostileGitRepositoryTest {

    private static final String HANDLER = "src/main/java/com/example/OrderHandler.java";
    private static final List<String> HOOKS = List.of("pre-commit", "post-checkout", "post-index-change",
            "reference-transaction", "fsmonitor-watchman", "pre-auto-gc", "post-rewrite", "push-to-checkout");

    @TempDir
    Path dir;
    private Path repository;
    private Path markers;

    @BeforeEach
    void setUp() throws IOException {
        Assumptions.assumeTrue(GitRepository.gitAvailable(), "git is not installed");
        repository = Files.createDirectories(dir.resolve("repo"));
        markers = Files.createDirectories(dir.resolve("markers"));
    }

    @Test
    void noCommandConfiguredByTheRepositoryRunsAndChangedLinesAreFound() throws Exception {
        GitRepository git = new GitRepository(repository);
        git.write(HANDLER, handler()).write("serverless.yml", SERVERLESS)
                .write("src/main/java/com/example/Tab\tand \"quote\".java", handler()).commitAll("initial");
        git.write("src/main/java/com/example/NewHandler.java", handler())
                .git("add", "--", "src/main/java/com/example/NewHandler.java"); // staged, not in the ref
        makeHostile(git);

        git.write(HANDLER, handler("        S3Client another = S3Client.builder().build();"))
                .write("src/main/java/com/example/Tab\tand \"quote\".java",
                        handler("        S3Client another = S3Client.builder().build();"))
                .write("src/main/java/com/example/Untracked.java", handler());

        CliRun changed = CliRun.json("--root", repository.toString(), "--diff-base", "HEAD");

        try (Stream<Path> created = Files.list(markers)) {
            assertEquals(List.of(), created.map(p -> p.getFileName().toString()).sorted().toList(),
                    "commands configured by the linted repository ran");
        }
        assertEquals(List.of("src/main/java/com/example/NewHandler.java:10 SL103",
                HANDLER + ":10 SL103",
                "src/main/java/com/example/Tab\tand \"quote\".java:10 SL103",
                "src/main/java/com/example/Untracked.java:10 SL103"), changed.findings(), changed.stderr());
    }

    @Test
    void aPartialCloneIsNotFetchedFromThroughACommandItNames() throws Exception {
        Path origin = Files.createDirectories(dir.resolve("origin"));
        new GitRepository(origin).write(HANDLER, handler()).write("serverless.yml", SERVERLESS).commitAll("initial");
        new GitRepository(origin).config("uploadpack.allowFilter", "true");
        Files.delete(repository);
        new GitRepository(origin).git("clone", "-q", "--no-checkout", "--filter=blob:none", "file://" + origin, repository.toString());
        GitRepository clone = new GitRepository(repository);
        clone.config("remote.origin.uploadpack", "touch " + markers.resolve("upload-pack") + "; git-upload-pack")
                .config("protocol.file.allow", "always")
                .config("protocol.allow", "always")
                .config("core.sshCommand", "touch " + markers.resolve("ssh"));
        clone.write(HANDLER, handler("        S3Client another = S3Client.builder().build();"));

        CliRun run = CliRun.json("--root", repository.toString(), "--diff-base", "HEAD");

        try (Stream<Path> created = Files.list(markers)) {
            assertEquals(List.of(), created.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(2, run.exitCode(), run.stderr());
        // This git refuses the lazy fetch itself (GIT_NO_LAZY_FETCH); an older one finds no allowed transport.
        assertTrue(run.stderr().contains("serverless-lint: git"), run.stderr());
    }

    private void makeHostile(GitRepository git) throws IOException, InterruptedException {
        Path hooks = Files.createDirectories(dir.resolve("hooks"));
        for (String hook : HOOKS) {
            Path script = hooks.resolve(hook);
            Files.writeString(script, "#!/bin/sh\ntouch '" + markers.resolve("hook-" + hook) + "'\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        git.write(".gitattributes", "* diff=evil filter=evil merge=evil");
        git.config("core.fsmonitor", marker("fsmonitor"))
                .config("core.hooksPath", hooks.toString())
                .config("core.pager", marker("pager") + "; cat")
                .config("pager.diff", marker("pager-diff") + "; cat")
                .config("pager.ls-files", marker("pager-ls-files") + "; cat")
                .config("core.sshCommand", marker("ssh"))
                .config("core.editor", marker("editor"))
                .config("core.alternateRefsCommand", marker("alternate-refs"))
                .config("diff.external", marker("diff-external"))
                .config("diff.evil.textconv", marker("textconv") + "; cat")
                .config("diff.evil.command", marker("diff-command"))
                .config("filter.evil.clean", marker("clean") + "; cat")
                .config("filter.evil.smudge", marker("smudge") + "; cat")
                .config("filter.evil.process", marker("filter-process"))
                .config("merge.evil.driver", marker("merge-driver"))
                .config("gpg.program", marker("gpg"))
                .config("log.showSignature", "true")
                .config("credential.helper", "!" + marker("credential"))
                .config("uploadpack.packObjectsHook", marker("pack-objects-hook"))
                .config("remote.origin.url", "ext::sh -c " + marker("ext-url").replace(" ", "% "))
                .config("remote.origin.uploadpack", marker("upload-pack"))
                .config("protocol.allow", "always")
                .config("alias.ls-files", "!" + marker("alias"));
    }

    private String marker(String name) {
        return "touch '" + markers.resolve(name) + "'";
    }

    private static String[] handler(String... extraBodyLines) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "package com.example;",
                "",
                "import com.amazonaws.services.lambda.runtime.Context;",
                "import com.amazonaws.services.lambda.runtime.RequestHandler;",
                "import software.amazon.awssdk.services.s3.S3Client;",
                "",
                "public class OrderHandler implements RequestHandler<String, String> {",
                "    @Override",
                "    public String handleRequest(String input, Context context) {"));
        lines.addAll(List.of(extraBodyLines));
        lines.addAll(List.of(
                "        S3Client s3 = S3Client.create();",
                "        return input;",
                "    }",
                "}"));
        return lines.toArray(String[]::new);
    }

    private static final String[] SERVERLESS = {
            "service: orders",
            "provider:",
            "  name: aws",
            "  runtime: java21",
            "functions:",
            "  create:",
            "    handler: com.example.OrderHandler"};
}
