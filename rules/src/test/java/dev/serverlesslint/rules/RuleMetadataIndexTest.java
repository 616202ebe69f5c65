package dev.serverlesslint.rules;

import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.rule.RuleMetadataIndex;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The build's metadata index holds exactly what the rules' annotations say, for every rule a run has. */
class RuleMetadataIndexTest {

    @Test
    void theIndexEqualsTheAnnotationsOfEveryRule() throws IOException {
        Map<String, RuleMetadata> fromAnnotations = new TreeMap<>();
        for (Rule rule : RuleSet.discover(getClass().getClassLoader()).rules()) {
            fromAnnotations.put(rule.getClass().getName(), RuleMetadata.fromAnnotation(rule.getClass()));
        }
        Map<String, RuleMetadata> indexed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RuleMetadataIndex.RESOURCE)) {
            assertNotNull(in, "the build writes " + RuleMetadataIndex.RESOURCE + " (rules/pom.xml)");
            indexed = new TreeMap<>(RuleMetadataIndex.read(in));
        }
        assertEquals(fromAnnotations, indexed);
        assertEquals(45, indexed.size(), "42 registered rules and the engine's 3");
    }

    @Test
    void aRunFindsEveryRuleInTheIndex() {
        for (Rule rule : RuleSet.discover(getClass().getClassLoader()).rules()) {
            assertEquals(RuleMetadata.fromAnnotation(rule.getClass()), RuleMetadataIndex.find(rule.getClass()),
                    rule.getClass().getName());
            assertEquals(RuleMetadata.fromAnnotation(rule.getClass()), rule.metadata(), rule.getClass().getName());
        }
    }
}
