package dev.serverlesslint.core.config;

import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    private static ParseOutcome<ConfigDocument> load(String name, String text) {
        return new ConfigLoader(1_000_000).load(new SourceFile(Path.of(name), name),
                SourceText.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsCloudFormationShortFormTagsAndPositions() {
        ConfigDocument doc = load("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Role: !GetAtt FnRole.Arn
                      Timeout: 30
                """).value();
        assertEquals(ConfigFormat.CLOUDFORMATION, doc.format());
        assertTrue(doc.isSam());
        ConfigValue role = doc.root().at("Resources", "Fn", "Properties", "Role");
        assertEquals("!GetAtt", role.tag().orElseThrow());
        assertFalse(role.isLiteral());
        ConfigValue timeout = doc.root().at("Resources", "Fn", "Properties", "Timeout");
        assertEquals(30, timeout.asInt().orElseThrow());
        assertEquals(new SourcePosition(7, 16), timeout.position());
        assertEquals(new SourcePosition(3, 3), doc.root().get("Resources").entry("Fn").orElseThrow().key().position());
    }

    @Test
    void recognisesServerlessFrameworkByContentAndTreatsVariablesAsUnknown() {
        ConfigDocument doc = load("infra/app.yml", """
                service: orders
                provider:
                  name: aws
                  timeout: ${self:custom.timeout}
                """).value();
        assertEquals(ConfigFormat.SERVERLESS, doc.format());
        assertTrue(doc.root().at("provider", "timeout").isPresent());
        assertTrue(doc.root().at("provider", "timeout").asInt().isEmpty());
    }

    @Test
    void ignoresYamlThatIsNotDeploymentConfiguration() {
        ParseOutcome<ConfigDocument> workflow = load(".github/workflows/ci.yml", "name: ci\non: [push]\n");
        assertNull(workflow.value());
        assertNull(workflow.failure());
    }

    @Test
    void reportsSyntaxErrorsOfConfigurationFilesWithTheirPosition() {
        ParseOutcome<ConfigDocument> broken = load("serverless.yml", "service: a\nprovider:\n  name: aws\n bad: [\n");
        assertNull(broken.value());
        assertNotNull(broken.failure());
        assertTrue(broken.failure().message().startsWith("YAML syntax error"), broken.failure().message());
    }

    @Test
    void refusesGlobalJavaTagsWithoutInstantiatingThem() {
        // With a constructing loader this would build a ScriptEngineManager and load remote code.
        ParseOutcome<ConfigDocument> outcome = load("template.yaml", """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Evil: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                """);
        assertNull(outcome.value());
        assertTrue(outcome.failure().message().contains("Global tag is not allowed"), outcome.failure().message());
        assertEquals(3, outcome.failure().position().line());
    }

    @Test
    void rejectsAliasBombsQuickly() {
        StringBuilder yaml = new StringBuilder("AWSTemplateFormatVersion: '2010-09-09'\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        ParseOutcome<ConfigDocument> outcome = load("template.yaml", yaml.toString());
        assertNotNull(outcome.failure());
    }

    @Test
    void sharedAliasesWithinLimitsAreFineAndShareTheConvertedValueOfTheirAnchor() {
        ConfigDocument doc = load("serverless.yml", """
                service: a
                provider:
                  name: aws
                  environment: &env
                    STAGE: dev
                functions:
                  f: {handler: com.example.F, environment: *env}
                  g: {handler: com.example.G, environment: *env}
                """).value();
        assertEquals("dev", doc.root().at("functions", "f", "environment", "STAGE").text().orElseThrow());
        ConfigValue anchored = doc.root().at("provider", "environment");
        assertSame(anchored, doc.root().at("functions", "f", "environment"));
        assertSame(anchored, doc.root().at("functions", "g", "environment"));
    }

    @Test
    void keyLookupIsTheSameInSmallAndLargeMappings() {
        // mappings of more than 8 entries are looked up through an index: the last entry of a key wins in both
        for (int size : new int[] {3, 8, 9, 40}) {
            StringBuilder yaml = new StringBuilder("service: a\nprovider: {name: aws}\ncustom:\n");
            for (int i = 0; i < size; i++) {
                yaml.append("  k").append(i % 5).append(": v").append(i).append('\n');
            }
            yaml.append("  [list, key]: complex\n");
            ConfigDocument doc = load("serverless.yml", yaml.toString()).value();
            ConfigValue custom = doc.root().get("custom");
            for (int key = 0; key < 5; key++) {
                int last = -1;
                for (int i = 0; i < size; i++) {
                    last = i % 5 == key ? i : last;
                }
                ConfigValue value = custom.get("k" + key);
                if (last < 0) {
                    assertTrue(value.isMissing(), "k" + key + " of " + size);
                } else {
                    assertEquals("v" + last, value.text().orElseThrow(), "k" + key + " of " + size);
                    assertEquals(4 + last, value.position().line(), "line of k" + key + " of " + size);
                }
            }
            assertEquals("complex", custom.get("").text().orElseThrow(), "a key without text is named \"\"");
            assertTrue(custom.get("absent").isMissing());
        }
    }

    @Test
    void mergeKeysInheritAndExplicitKeysOverride() {
        ConfigDocument doc = load("serverless.yml", """
                service: a
                provider: {name: aws}
                custom:
                  base: &base {timeout: 10, memorySize: 512}
                functions:
                  f:
                    <<: *base
                    handler: com.example.F
                    timeout: 20
                """).value();
        ConfigValue f = doc.root().at("functions", "f");
        assertEquals(20, f.get("timeout").asInt().orElseThrow());
        assertEquals(512, f.get("memorySize").asInt().orElseThrow());
        assertEquals(List.of(), doc.duplicateKeys());
    }

    @Test
    void jsonTemplatesKeepPositionsAndDuplicateKeys() {
        ConfigDocument doc = load("stack.template.json", """
                {
                  "AWSTemplateFormatVersion": "2010-09-09",
                  "Resources": {
                    "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 5, "Timeout": 6}}
                  }
                }
                """).value();
        assertEquals(6, doc.root().at("Resources", "Fn", "Properties", "Timeout").asInt().orElseThrow());
        assertEquals(1, doc.duplicateKeys().size());
        assertEquals(new SourcePosition(4, 5), doc.root().get("Resources").entry("Fn").orElseThrow().key().position());
    }

    @Test
    void jsonWithCommentsOrTrailingCommasIsAParseError() {
        assertNotNull(load("template.json", "{\"AWSTemplateFormatVersion\": \"x\", // no\n}").failure());
        assertNotNull(load("template.json", "{\"AWSTemplateFormatVersion\": \"x\",}").failure());
    }

    @Test
    void duplicateYamlKeysAreRecordedNotFatal() {
        ConfigDocument doc = load("serverless.yml", "service: a\nprovider:\n  name: aws\n  timeout: 1\n  timeout: 2\n").value();
        assertEquals(2, doc.root().at("provider", "timeout").asInt().orElseThrow());
        assertEquals(List.of(new DuplicateKey("timeout", new SourcePosition(5, 3), new SourcePosition(4, 3))),
                doc.duplicateKeys());
    }
}
