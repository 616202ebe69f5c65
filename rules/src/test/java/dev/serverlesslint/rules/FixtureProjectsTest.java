package dev.serverlesslint.rules;

import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** Every fixture project's findings are exactly those its inline expectations name. */
class FixtureProjectsTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureProjectGivesExactlyItsExpectedFindings() {
        return FixtureProjects.all().stream()
                .map(project -> DynamicTest.dynamicTest(project.getFileName().toString(),
                        () -> FixtureHarness.assertExpectedFindings(project)));
    }
}
