package dev.serverlesslint.rules;

import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule has a doc page that agrees with its metadata (ID, name, default severity, summary)
 * and has the sections users look for, its Options section naming each declared option with its
 * default; every doc page belongs to a rule; every rule's ID and name
 * match the catalog in ../shared/RULES.md when it is present.
 */
class RuleDocsTest {

    private static final List<String> SECTIONS = List.of(
            "## Why it matters on Lambda", "## Bad", "## Good", "## Suppression", "## Options");

    private static final RuleSet RULES = RuleSet.discover(RuleDocsTest.class.getClassLoader());

    private static Path repositoryRoot() {
        return FixtureProjects.directory().getParent().getParent();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasADocPageMatchingItsMetadata() {
        return RULES.metadata().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            Path page = repositoryRoot().resolve(rule.docPath());
            assertTrue(Files.isRegularFile(page), "missing doc page " + rule.docPath());
            List<String> lines = Files.readAllLines(page);
            assertEquals("# " + rule.id() + " " + rule.name(), lines.get(0), "title of " + rule.docPath());
            assertEquals("Severity: `" + rule.defaultSeverity().label() + "`", lines.get(2),
                    "severity line of " + rule.docPath());
            assertEquals(rule.summary(), lines.get(4), "summary line of " + rule.docPath());
            for (String section : SECTIONS) {
                assertTrue(lines.contains(section), rule.docPath() + " lacks section '" + section + "'");
            }
            String options = optionsSection(lines);
            for (RuleMetadata.OptionSpec option : rule.options()) {
                assertTrue(options.contains("`" + option.name() + "` | `" + option.defaultValue() + "`"),
                        rule.docPath() + ": '## Options' must list `" + option.name() + "` with its default `"
                                + option.defaultValue() + "` as a table row");
            }
        }));
    }

    private static String optionsSection(List<String> lines) {
        int start = lines.indexOf("## Options");
        StringBuilder section = new StringBuilder();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            section.append(lines.get(i)).append('\n');
        }
        return section.toString();
    }

    @Test
    void everyDocPageBelongsToARule() throws IOException {
        Set<String> ids = RULES.metadata().stream().map(RuleMetadata::id).collect(Collectors.toSet());
        try (Stream<Path> pages = Files.list(repositoryRoot().resolve("docs/rules"))) {
            List<String> orphans = pages.map(p -> p.getFileName().toString().replace(".md", ""))
                    .filter(id -> !ids.contains(id))
                    .sorted()
                    .toList();
            assertEquals(List.of(), orphans, "doc pages without a rule");
        }
    }

    @Test
    void rulesMatchTheSharedCatalogWhenPresent() throws IOException {
        Path catalog = repositoryRoot().resolveSibling("shared").resolve("RULES.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(catalog), "../shared/RULES.md absent");
        Pattern row = Pattern.compile("^\\| (SL\\d{3}) \\| ([a-z0-9-]+) \\| ([a-z/]+)(?: \\([^)]*\\))? \\|");
        java.util.Map<String, String[]> catalogRows = new java.util.HashMap<>();
        for (String line : Files.readAllLines(catalog)) {
            Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                catalogRows.put(matcher.group(1), new String[] {matcher.group(2), matcher.group(3)});
            }
        }
        for (RuleMetadata rule : RULES.metadata()) {
            String[] entry = catalogRows.get(rule.id());
            assertTrue(entry != null, rule.id() + " is not in the catalog");
            assertEquals(entry[0], rule.name(), "name of " + rule.id());
            assertTrue(List.of(entry[1].split("/")).contains(rule.defaultSeverity().label()),
                    "default severity of " + rule.id() + " is not the catalog's " + entry[1]);
        }
    }
}
