package dev.serverlesslint.rules.packaging;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.packaging.PackagingInputs;
import dev.serverlesslint.core.packaging.ResolvedDependency;
import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OversizedPackageRuleTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path root;

    private static final String SERVERLESS = """
            service: orders
            provider:
              name: aws
              runtime: java21
              timeout: 20
            package:
              artifact: target/orders.jar
            functions:
              create:
                handler: com.example.CreateOrder::handleRequest
            """;

    private List<Finding> lint(Rule rule, LintRequest request) {
        return new LintEngine(new RuleSet(List.of(rule))).run(request).findings().stream()
                .filter(f -> f.ruleId().equals("SL207")).toList();
    }

    private List<Finding> lint(Rule rule) {
        return lint(rule, LintRequest.of(root).withThreads(2));
    }

    @Test
    void packageUnderTheBudgetIsFine() throws IOException {
        Archives.write(root.resolve("serverless.yml"), SERVERLESS);
        Archives.create(root.resolve("target/orders.jar")).zeros("com/example/CreateOrder.class", 3 * MB).close();
        assertEquals(List.of(), lint(new OversizedPackageRule()));
    }

    @Test
    void packageOverTheBudgetIsAWarningOnThePackageArtifactLine() throws IOException {
        Archives.write(root.resolve("serverless.yml"), SERVERLESS);
        Archives.create(root.resolve("target/orders.jar"))
                .random("com/fasterxml/jackson/databind/ObjectMapper.class", 2 * MB)
                .random("com/example/CreateOrder.class", MB / 2)
                .close();
        LintRequest request = LintRequest.of(root).withThreads(2).withRules(Set.of(), Set.of(), Map.of(),
                Map.of("SL207", new RuleOptions(Map.of("budgetMb", "1"))));
        List<Finding> findings = lint(new OversizedPackageRule(), request);
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("serverless.yml", finding.path());
        assertEquals(7, finding.line());
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().startsWith("Deployment package target/orders.jar is 2.5 MB zipped, over the "
                + "1.0 MB cold-start budget (budgetMb). Biggest contributors: com/fasterxml/jackson/ 2.0 MB (80%), "
                + "com/example/ 512 KB (20%)."), finding.message());
    }

    @Test
    void defaultBudgetIsTenMegabytes() throws IOException {
        Archives.write(root.resolve("serverless.yml"), SERVERLESS);
        Archives.create(root.resolve("target/orders.jar")).random("com/example/Big.class", 11 * MB).close();
        List<Finding> findings = lint(new OversizedPackageRule());
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().contains("is 11.0 MB zipped, over the 10.0 MB cold-start budget"));
    }

    @Test
    void overTheZippedLimitIsAnError() throws IOException {
        Archives.write(root.resolve("serverless.yml"), SERVERLESS);
        Archives.create(root.resolve("target/orders.jar")).random("com/example/Big.class", 3 * MB).close();
        List<Finding> findings = lint(new OversizedPackageRule(2L * MB, 250L * MB));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("is 3.0 MB zipped, over Lambda's 2.0 MB limit for a direct upload"),
                findings.get(0).message());
    }

    @Test
    void overTheUnzippedLimitIsAnErrorAndCountsTheDeclaredLayers() throws IOException {
        Archives.write(root.resolve("template.yaml"), """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.example.CreateOrder::handleRequest
                      Runtime: java21
                      CodeUri: build/orders.zip
                      Layers:
                        - !Ref Libraries
                  Libraries:
                    Type: AWS::Serverless::LayerVersion
                    Properties:
                      ContentUri: layers/libraries
                """);
        Archives.create(root.resolve("build/orders.zip")).zeros("lib/aws-sdk.jar", 200L * MB)
                .zeros("com/example/CreateOrder.class", 10L * MB).close();
        Archives.create(root.resolve("layers/libraries/java/lib/big.jar")).random("x.bin", MB).close();
        List<Finding> findings = lint(new OversizedPackageRule(50L * MB, 210L * MB));
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("template.yaml", finding.path());
        assertEquals(9, finding.line());
        assertEquals("Orders", finding.function());
        assertTrue(finding.message().startsWith("Deployment package build/orders.zip unzips to 211.0 MB with its "
                + "layers (Libraries 1.0 MB), over Lambda's 210.0 MB limit for function code and layers together; "
                + "the deploy will fail. Biggest contributors (unzipped): lib/aws-sdk.jar 200.0 MB (95%), "
                + "com/example/ 10.0 MB (5%)."), finding.message());
    }

    @Test
    void realUnzippedLimitWithAHighlyCompressibleEntry() throws IOException {
        Archives.write(root.resolve("serverless.yml"), SERVERLESS);
        Archives.create(root.resolve("target/orders.jar")).zeros("data/zeros.bin", 260L * MB).close();
        List<Finding> findings = lint(new OversizedPackageRule());
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("unzips to 260.0 MB, over Lambda's 250.0 MB limit"));
    }

    @Test
    void shadedJarIsBrokenDownByTheResolvedDependencies() throws IOException {
        Path m2 = root.resolveSibling(root.getFileName() + "-m2");
        Archives.create(m2.resolve("bundle-2.25.0.jar")).zeros("software/amazon/awssdk/services/s3/S3Client.class", 10)
                .zeros("software/amazon/awssdk/services/sqs/SqsClient.class", 10).close();
        Archives.create(m2.resolve("jackson-databind-2.17.0.jar"))
                .zeros("com/fasterxml/jackson/databind/ObjectMapper.class", 10).close();
        Archives.create(root.resolve("target/orders.jar"))
                .random("software/amazon/awssdk/services/s3/S3Client.class", 3 * MB)
                .random("software/amazon/awssdk/services/sqs/SqsClient.class", 3 * MB)
                .random("com/fasterxml/jackson/databind/ObjectMapper.class", MB)
                .random("com/example/CreateOrder.class", MB)
                .close();
        PackagingInputs inputs = new PackagingInputs(List.of(Path.of("target/orders.jar")), List.of(
                new ResolvedDependency("software.amazon.awssdk", "bundle", "2.25.0", "compile",
                        m2.resolve("bundle-2.25.0.jar"), null),
                new ResolvedDependency("com.fasterxml.jackson.core", "jackson-databind", "2.17.0", "compile",
                        m2.resolve("jackson-databind-2.17.0.jar"), null)), true);
        List<Finding> findings = lint(new OversizedPackageRule(), LintRequest.of(root).withThreads(2)
                .withRules(Set.of(), Set.of(), Map.of(), Map.of("SL207", new RuleOptions(Map.of("budgetMb", "1"))))
                .withPackaging(inputs));
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("target/orders.jar", finding.path());
        assertEquals(1, finding.line());
        assertTrue(finding.message().contains("Biggest contributors: software.amazon.awssdk:bundle:2.25.0 6.0 MB (75%), "
                + "com.fasterxml.jackson.core:jackson-databind:2.17.0 1.0 MB (13%), com/example/ 1.0 MB (13%)."),
                finding.message());
    }

    @Test
    void artifactsOutsideTheRootOrNotArchivesAreIgnored() throws IOException {
        Path project = root.resolve("project");
        Archives.write(project.resolve("serverless.yml"), SERVERLESS.replace("target/orders.jar", "../outside.jar"));
        Archives.create(root.resolve("outside.jar")).random("com/example/Big.class", 2 * MB).close();
        List<Finding> findings = lint(new OversizedPackageRule(MB, 250L * MB),
                LintRequest.of(project).withThreads(2));
        assertEquals(List.of(), findings);
    }

    @Test
    void anArtifactThatIsNotAZipIsANote() throws IOException {
        Archives.write(root.resolve("serverless.yml"), SERVERLESS);
        Archives.write(root.resolve("target/orders.jar"), "not a zip");
        List<Finding> findings = lint(new OversizedPackageRule());
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Severity.NOTE, findings.get(0).severity());
        assertTrue(findings.get(0).message().startsWith("Deployment package target/orders.jar could not be measured "
                + "(cannot read target/orders.jar as a zip or jar: "), findings.get(0).message());
    }
}
