package dev.serverlesslint.rules.conformance;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Conformance with a peer linter's test templates ({@code ../shared/peers/serverless-rules}, the
 * templates of awslabs/serverless-rules): on each template we report exactly the rule IDs of the
 * {@code expected} column, optionally plus those of the {@code may} column, nothing else.
 * <p>
 * Only rule IDs that exist in the rule set are asserted (rules still being written elsewhere are
 * listed as skipped), and each deliberate difference is listed with its reason in
 * {@code peers/serverless-rules-disagreements.tsv}. Skipped when {@code ../shared} is absent.
 */
class PeerConformanceTest {

    /** The date the expectations were judged on (see the peer folder's README). */
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

    private static final String DISAGREEMENTS = "/peers/serverless-rules-disagreements.tsv";

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> serverlessRulesTemplatesGiveExactlyTheExpectedRuleIds() {
        Optional<Path> peer = FixtureProjects.sharedDirectory().map(s -> s.resolve("peers/serverless-rules"));
        assumeTrue(peer.isPresent() && Files.isRegularFile(peer.get().resolve("expected.tsv")),
                "../shared/peers/serverless-rules is not present");
        RuleSet rules = RuleSet.discover(getClass().getClassLoader());
        List<PeerExpectation> expectations = PeerExpectation.read(peer.get().resolve("expected.tsv"));
        List<Disagreement> disagreements = Disagreement.read(DISAGREEMENTS);
        checkDisagreementsApply(disagreements, expectations);

        Set<String> skipped = expectations.stream()
                .flatMap(e -> Stream.concat(e.expected().stream(), e.may().stream()))
                .filter(id -> !rules.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!skipped.isEmpty()) {
            System.out.println("[peer serverless-rules] not asserted, no such rule in the rule set yet: " + skipped);
        }
        disagreements.forEach(d -> System.out.println("[peer serverless-rules] deliberate difference: " + d.file()
                + " " + d.ruleId() + " " + d.kind().name().toLowerCase() + " -- " + d.reason()));

        return expectations.stream().map(expectation -> DynamicTest.dynamicTest(expectation.file(),
                () -> assertConforms(peer.get(), expectation, rules, disagreements)));
    }

    private void assertConforms(Path peer, PeerExpectation expectation, RuleSet rules,
                                List<Disagreement> disagreements) throws IOException {
        Set<String> required = new TreeSet<>(expectation.expected());
        Set<String> allowed = new TreeSet<>(expectation.may());
        for (Disagreement d : disagreements) {
            if (d.file().equals(expectation.file())) {
                if (d.kind() == Disagreement.Kind.ABSENT) {
                    required.remove(d.ruleId());
                } else {
                    allowed.add(d.ruleId());
                }
            }
        }
        required.retainAll(ruleIds(rules));
        allowed.addAll(required);

        LintResult result = lintAlone(peer.resolve(expectation.file()), rules);
        assertTrue(result.internalErrors().isEmpty(), () -> "internal errors: " + result.internalErrors());
        Set<String> reported = result.findings().stream().map(Finding::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(reported);
        Set<String> unexpected = new TreeSet<>(reported);
        unexpected.removeAll(allowed);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail(expectation.file() + ": missing " + missing + ", unexpected " + unexpected + "\n  reported:\n"
                    + result.findings().stream().map(f -> "    " + f.line() + ":" + f.column() + " " + f.ruleId()
                            + " [" + f.function() + "] " + f.message()).collect(Collectors.joining("\n"))
                    + "\n  peer notes: " + expectation.notes());
        }
    }

    /** Lints one template on its own, as a project of one file. */
    private LintResult lintAlone(Path template, RuleSet rules) throws IOException {
        Path project = Files.createTempDirectory(work, "peer");
        Files.copy(template, project.resolve(template.getFileName()));
        return new LintEngine(rules).run(LintRequest.of(project).withAsOf(AS_OF).withThreads(1));
    }

    private static Set<String> ruleIds(RuleSet rules) {
        return rules.metadata().stream().map(m -> m.id()).collect(Collectors.toSet());
    }

    /** A disagreement about a file or rule the expectations do not mention is stale: fail. */
    private static void checkDisagreementsApply(List<Disagreement> disagreements, List<PeerExpectation> expectations) {
        for (Disagreement d : disagreements) {
            Optional<PeerExpectation> row = expectations.stream().filter(e -> e.file().equals(d.file())).findFirst();
            assertTrue(row.isPresent(), () -> "disagreement about unknown file " + d.file());
            if (d.kind() == Disagreement.Kind.ABSENT) {
                assertTrue(row.get().expected().contains(d.ruleId()),
                        () -> "disagreement " + d + ": the expectations do not require " + d.ruleId());
            } else {
                assertEquals(false, row.get().expected().contains(d.ruleId()) || row.get().may().contains(d.ruleId()),
                        () -> "disagreement " + d + ": the expectations already allow " + d.ruleId());
            }
        }
    }
}
