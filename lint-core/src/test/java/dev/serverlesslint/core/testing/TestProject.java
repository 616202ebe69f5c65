package dev.serverlesslint.core.testing;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** A project written into a temporary directory and linted with the test rules. */
public final class TestProject {

    public static final RuleSet RULES = new RuleSet(List.of(new MarkerRule(), new FunctionKeyRule()));

    private final Path root;

    public TestProject(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public TestProject file(String path, String... lines) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public LintResult lint() {
        return lint(request -> request);
    }

    public LintResult lint(UnaryOperator<LintRequest> customise) {
        LintRequest request = customise.apply(LintRequest.of(root).withThreads(1));
        return new LintEngine(RULES).run(request);
    }

    /** Findings as {@code path:line RULE}, in report order. */
    public static List<String> summary(LintResult result) {
        return result.findings().stream().map(TestProject::summary).toList();
    }

    public static String summary(Finding f) {
        return f.path() + ":" + f.line() + " " + f.ruleId();
    }
}
