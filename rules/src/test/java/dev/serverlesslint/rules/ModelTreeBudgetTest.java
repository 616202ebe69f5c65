package dev.serverlesslint.rules;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The request-path model keeps a bounded number of parsed trees and parses a file again when it needs one
 * it dropped: with room for a single tree, every fixture project gives the same findings (with their
 * request-path links) as with the default budget.
 */
class ModelTreeBudgetTest {

    private static final String BUDGET = "serverless-lint.model-tree-lines";

    @TestFactory
    Stream<DynamicTest> oneTreeAtATimeGivesTheSameFindings() {
        return FixtureProjects.all().stream()
                .map(project -> DynamicTest.dynamicTest(project.getFileName().toString(), () -> {
                    LintResult kept = FixtureHarness.lint(project);
                    String before = System.getProperty(BUDGET);
                    System.setProperty(BUDGET, "1");
                    LintResult oneTree;
                    try {
                        oneTree = FixtureHarness.lint(project);
                    } finally {
                        if (before == null) {
                            System.clearProperty(BUDGET);
                        } else {
                            System.setProperty(BUDGET, before);
                        }
                    }
                    assertEquals(kept.findings(), oneTree.findings());
                    assertEquals(kept.internalErrors().size(), oneTree.internalErrors().size());
                }));
    }
}
