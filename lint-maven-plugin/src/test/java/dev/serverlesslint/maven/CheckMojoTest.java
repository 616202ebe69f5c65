package dev.serverlesslint.maven;

import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goal end to end on small projects, without a Maven runtime (the invoker ITs run real Maven). */
class CheckMojoTest {

    private static final String SERVERLESS_YML = """
            service: orders
            provider: {name: aws, runtime: java21, tracing: {lambda: true}, logRetentionInDays: 14}
            # Tracing, log retention and reserved concurrency are set:
            # only the missing timeout is wrong in this file.
            functions:
              getOrder:
                handler: com.example.GetOrderHandler
                reservedConcurrency: 5
            """;

    private static final String HANDLER = """
            package com.example;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import com.fasterxml.jackson.databind.ObjectMapper;

            public class GetOrderHandler implements RequestHandler<String, String> {
                @Override
                public String handleRequest(String id, Context context) {
                    ObjectMapper mapper = new ObjectMapper();
                    return mapper.toString();
                }
            }
            """;

    @TempDir
    Path basedir;

    private final RecordingLog log = new RecordingLog();

    @Test
    void failsTheBuildWithTheFindingsLoggedAndReported() throws IOException {
        writeFailingProject(basedir);
        CheckMojo mojo = mojo();

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        String n = System.lineSeparator();
        assertTrue(failure.getMessage().startsWith("serverless-lint found 2 violations (findings at or above "
                + "'warning': 0 errors, 2 warnings); none are allowed:" + n
                + "  serverless.yml:6:3  warning  SL201 missing-timeout  "), failure.getMessage());
        assertTrue(failure.getMessage().contains(n + "Reports: "
                + basedir.resolve("target/serverless-lint/report.sarif") + ", "
                + basedir.resolve("target/serverless-lint/report.json") + "."), failure.getMessage());
        List<String> warnings = log.at("WARNING");
        assertEquals(2, warnings.size(), log.lines.toString());
        assertTrue(warnings.get(0).startsWith("serverless.yml:6:3  warning  SL201 missing-timeout  "), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("src/main/java/com/example/GetOrderHandler.java:10:31  warning  "
                + "SL103 handler-scoped-client  "), warnings.get(1));
        assertTrue(log.at("INFO").contains("serverless-lint: 2 findings (0 errors, 2 warnings, 0 notes) in 2 files; "
                + "2 files checked. Reports: " + basedir.resolve("target/serverless-lint/report.sarif") + ", "
                + basedir.resolve("target/serverless-lint/report.json") + "."), log.lines.toString());
        assertTrue(Files.isRegularFile(basedir.resolve("target/serverless-lint/report.sarif")));
        assertTrue(Files.isRegularFile(basedir.resolve("target/serverless-lint/report.json")));
    }

    @Test
    void onlyWarnsWhenFailOnViolationIsOff() throws Exception {
        writeFailingProject(basedir);
        CheckMojo mojo = mojo();
        mojo.failOnViolation = false;

        mojo.execute();

        assertEquals("serverless-lint: 2 violations (0 errors, 2 warnings) exceed the 0 allowed; not failing the "
                + "build because failOnViolation is false.", log.at("WARNING").get(2));
    }

    @Test
    void passesWithinTheAllowedNumberOrAboveTheFindingsSeverity() throws Exception {
        writeFailingProject(basedir);
        CheckMojo tolerant = mojo();
        tolerant.maxAllowedViolations = 2;
        tolerant.execute();

        CheckMojo errorsOnly = mojo();
        errorsOnly.severityThreshold = "error";
        errorsOnly.execute();

        assertEquals(4, log.at("WARNING").size(), "the findings are logged either way: " + log.lines);
    }

    @Test
    void skipDoesNothing() throws Exception {
        writeFailingProject(basedir);
        CheckMojo mojo = mojo();
        mojo.skip = true;

        mojo.execute();

        assertEquals(List.of("[INFO] serverless-lint: skipped (serverless-lint.skip is true)."), log.lines);
        assertFalse(Files.exists(basedir.resolve("target")));
    }

    @Test
    void anAggregatorDoesNotReportItsModulesFiles() throws Exception {
        writeFailingProject(basedir.resolve("orders"));
        Files.writeString(basedir.resolve("template.yaml"), """
                AWSTemplateFormatVersion: '2010-09-09'
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                """);
        Files.writeString(basedir.resolve("orders/pom.xml"), "<project/>");
        CheckMojo mojo = mojo();
        mojo.project.getModules().add("orders");
        mojo.formats = List.of("none");
        mojo.cache = false; // nothing at all is written then

        mojo.execute();

        // orders is a Maven module not in this build (no session here): read, never reported by the parent.
        assertEquals(List.of("serverless-lint: no findings (1 file checked)."), log.at("INFO"));
        assertFalse(Files.exists(basedir.resolve("target")));
    }

    @Test
    void invalidParametersAreConfigurationErrors() throws IOException {
        writeFailingProject(basedir);
        CheckMojo mojo = mojo();
        mojo.formats = List.of("pdf");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("serverless-lint: invalid configuration: formats: unknown report "
                + "format 'pdf'"), error.getMessage());
    }

    @Test
    void aCrashingRuleIsAnExecutionErrorAfterTheReports() throws IOException {
        Path source = basedir.resolve("src/main/java/com/example/Explodes.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package com.example;\nclass Explodes {}\n");
        CheckMojo mojo = mojo();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("serverless-lint: 1 internal rule error(s), listed above"),
                error.getMessage());
        assertTrue(log.at("ERROR").get(0).startsWith("internal error: rule SL990 failed on "
                + "src/main/java/com/example/Explodes.java: java.lang.IllegalStateException: boom"), log.lines.toString());
        assertTrue(Files.isRegularFile(basedir.resolve("target/serverless-lint/report.json")));
    }

    @Test
    void theProjectConfigurationFileAppliesByDefault() throws Exception {
        writeFailingProject(basedir);
        Files.writeString(basedir.resolve(".serverless-lint.yml"), """
                rules:
                  SL103: off
                  SL201: note
                """);
        CheckMojo mojo = mojo();

        mojo.execute();

        assertEquals(List.of(), log.at("WARNING"), log.lines.toString());
        assertTrue(log.at("INFO").get(0).startsWith("serverless.yml:6:3  note  SL201 missing-timeout  "),
                log.lines.toString());
        assertTrue(log.at("INFO").get(1).startsWith("serverless-lint: 1 finding (0 errors, 0 warnings, 1 note) in 1 "
                + "file; 2 files checked."), log.lines.toString());
    }

    @Test
    void anExplicitConfigFileReplacesTheDefaultOne() throws Exception {
        writeFailingProject(basedir);
        Files.writeString(basedir.resolve(".serverless-lint.yml"), "rules: {SL103: off, SL201: off}\n");
        Path config = basedir.resolve("lint/strict.yml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "rules: {SL201: off}\n");
        CheckMojo mojo = mojo();
        mojo.configFile = config.toFile();

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().startsWith("serverless-lint found 1 violation "), failure.getMessage());
        List<String> warnings = log.at("WARNING");
        assertEquals(1, warnings.size(), log.lines.toString());
        assertTrue(warnings.get(0).startsWith("src/main/java/com/example/GetOrderHandler.java:10:31  warning  SL103 "),
                warnings.get(0));
    }

    @Test
    void anInvalidConfigurationFailsTheBuildNamingEachProblemAfterTheReports() throws IOException {
        writeFailingProject(basedir);
        Files.writeString(basedir.resolve(".serverless-lint.yml"), """
                rules:
                  SL999: off
                  SL112:
                    options:
                      poolSize: 3
                """);
        CheckMojo mojo = mojo();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        String nl = System.lineSeparator();
        assertEquals("serverless-lint: invalid configuration (2 problems, SL001):" + nl
                + "  .serverless-lint.yml:2: Unknown rule 'SL999'; use a rule ID or name from "
                + "mvn serverless-lint:list-rules." + nl
                + "  .serverless-lint.yml:5: Rule SL112 has no option 'poolSize'; its options are [maxPoolSize]." + nl
                + "Fix the configuration file or the baseline and run again.", error.getMessage());
        assertTrue(Files.readString(basedir.resolve("target/serverless-lint/report.json")).contains("\"SL001\""));
        assertEquals(2, log.at("ERROR").size(), log.lines.toString());
        assertTrue(log.at("ERROR").get(0).startsWith(".serverless-lint.yml:2:3  error  SL001 "), log.lines.toString());
    }

    @Test
    void aWrittenBaselineHidesTheFindingsItRecords() throws Exception {
        writeFailingProject(basedir);
        Path baselineFile = basedir.resolve("serverless-lint-baseline.json");
        CheckMojo writer = mojo();
        writer.writeBaseline = baselineFile.toFile();

        writer.execute();

        assertTrue(Files.isRegularFile(baselineFile));
        assertTrue(log.at("INFO").contains("serverless-lint: wrote 2 findings to the baseline " + baselineFile
                + "; pass it as <baseline> (-Dserverless-lint.baseline) to report only new findings."),
                log.lines.toString());

        log.lines.clear();
        CheckMojo checker = mojo();
        checker.baseline = baselineFile.toFile();
        checker.execute();

        assertEquals(List.of(), log.at("WARNING"), log.lines.toString());
        // 2 files: the baseline is JSON but not deployment configuration, so it is not read.
        assertTrue(log.at("INFO").get(0).startsWith("serverless-lint: no findings (2 files checked). 2 findings "
                + "hidden by the baseline. Reports: "), log.lines.toString());
    }

    @Test
    void aBaselineThatIsNotJsonIsAConfigurationError() throws IOException {
        writeFailingProject(basedir);
        Files.writeString(basedir.resolve("baseline.json"), "not json\n");
        CheckMojo mojo = mojo();
        mojo.baseline = basedir.resolve("baseline.json").toFile();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("serverless-lint: invalid configuration (1 problem, SL001):"
                + System.lineSeparator() + "  baseline.json:1: "), error.getMessage());
    }

    @Test
    void noBaselineIsWrittenFromAnInvalidConfiguration() throws IOException {
        writeFailingProject(basedir);
        Files.writeString(basedir.resolve(".serverless-lint.yml"), "rulez: {}\n");
        CheckMojo mojo = mojo();
        mojo.writeBaseline = basedir.resolve("baseline.json").toFile();

        assertThrows(MojoExecutionException.class, mojo::execute);

        assertFalse(Files.exists(basedir.resolve("baseline.json")));
    }

    @Test
    void rulesSeveritiesAndOptionsComeFromThePom() throws Exception {
        writeFailingProject(basedir);
        CheckMojo mojo = mojo();
        mojo.disable = List.of("handler-scoped-client");
        mojo.severities = List.of("SL201=error,SL212=off");

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(List.of(), log.at("WARNING"), log.lines.toString());
        assertTrue(log.at("ERROR").get(0).startsWith("serverless.yml:6:3  error  SL201 missing-timeout  "),
                log.lines.toString());
        String n = System.lineSeparator();
        assertTrue(failure.getMessage().startsWith("serverless-lint found 1 violation (findings at or above "
                + "'warning': 1 error, 0 warnings); none are allowed:" + n + "  serverless.yml:6:3  error  SL201 "
                + "missing-timeout  Function 'getOrder' has no timeout"), failure.getMessage());
    }

    @Test
    void commandLinePropertiesReplaceThePomsRuleSettings() throws Exception {
        writeFailingProject(basedir);
        CheckMojo mojo = mojo();
        mojo.disable = List.of("SL201");
        mojo.failOnViolation = false;
        Properties commandLine = new Properties();
        commandLine.setProperty(CheckMojo.DISABLE_PROPERTY, "SL103");
        mojo.session = session(commandLine);

        mojo.execute();

        List<String> warnings = log.at("WARNING");
        assertTrue(warnings.get(0).startsWith("serverless.yml:6:3  warning  SL201 missing-timeout  "), warnings.toString());
        assertTrue(warnings.stream().noneMatch(line -> line.contains("SL103")), warnings.toString());
    }

    @Test
    void theRulesToRunAndTheirOptionsComeFromThePomAndACommandLinePropertyReplacesThem() throws Exception {
        writeFailingProject(basedir);
        Files.writeString(basedir.resolve("serverless.yml"), SERVERLESS_YML + """
                    timeout: 40
                    events:
                      - http: {path: "orders/{id}", method: get}
                """);

        // <rules>SL203</rules>: only the API timeout rule runs, with its default limit of 29 s.
        CheckMojo only = mojo();
        only.rules = List.of("SL203");
        assertThrows(MojoFailureException.class, only::execute);
        assertEquals(1, log.at("WARNING").size(), log.lines.toString());
        assertEquals("serverless.yml:9:14  warning  SL203 api-timeout-exceeds-gateway  Function 'getOrder' behind API"
                + " Gateway REST API event 'http': timeout of 40 s is longer than the 29 s API Gateway waits; the client"
                + " gets a 504 while the function keeps running. Keep the timeout at or below 29 s, or hand long work"
                + " to SQS or Step Functions and return early.", log.at("WARNING").get(0));

        // <ruleOptions>SL203.maxApiTimeout=60</ruleOptions>: the 40 s timeout is within the raised limit.
        log.lines.clear();
        CheckMojo raised = mojo();
        raised.rules = List.of("SL203");
        raised.ruleOptions = List.of("SL203.maxApiTimeout=60");
        raised.execute();
        assertEquals(List.of(), log.at("WARNING"), log.lines.toString());

        // -Dserverless-lint.ruleOptions=SL203.maxApiTimeout=30 replaces the POM's value.
        log.lines.clear();
        CheckMojo overridden = mojo();
        overridden.rules = List.of("SL203");
        overridden.ruleOptions = List.of("SL203.maxApiTimeout=60");
        Properties commandLine = new Properties();
        commandLine.setProperty(CheckMojo.RULE_OPTIONS_PROPERTY, "SL203.maxApiTimeout=30");
        overridden.session = session(commandLine);
        assertThrows(MojoFailureException.class, overridden::execute);
        assertEquals(1, log.at("WARNING").size(), log.lines.toString());
        assertTrue(log.at("WARNING").get(0).contains("timeout of 40 s is longer than the 30 s API Gateway waits"),
                log.lines.toString());
    }

    @Test
    void unknownRulesAndOptionsAreConfigurationErrorsNamingTheParameter() throws IOException {
        writeFailingProject(basedir);
        CheckMojo unknownRule = mojo();
        unknownRule.disable = List.of("SL999");
        CheckMojo unknownOption = mojo();
        unknownOption.ruleOptions = List.of("SL112.poolSize=5");
        CheckMojo wrongType = mojo();
        wrongType.ruleOptions = List.of("SL112.maxPoolSize=many");

        assertEquals("serverless-lint: invalid configuration: disable: unknown rule 'SL999'; "
                + "mvn serverless-lint:list-rules lists them",
                assertThrows(MojoExecutionException.class, unknownRule::execute).getMessage());
        assertTrue(assertThrows(MojoExecutionException.class, unknownOption::execute).getMessage()
                .startsWith("serverless-lint: invalid configuration: ruleOptions: rule SL112 has no option 'poolSize'; "
                        + "its options are [maxPoolSize"));
        assertTrue(assertThrows(MojoExecutionException.class, wrongType::execute).getMessage()
                .startsWith("serverless-lint: invalid configuration: ruleOptions: SL112.maxPoolSize must be "));
    }

    @Test
    void withoutConsoleOutputTheFailureMessageStillListsTheViolations() throws IOException {
        writeFailingProject(basedir);
        CheckMojo mojo = mojo();
        mojo.consoleOutput = false;
        mojo.outputDirectory = basedir.resolve("lint-reports").toFile();

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(List.of(), log.at("WARNING"), log.lines.toString());
        assertTrue(failure.getMessage().contains("  src/main/java/com/example/GetOrderHandler.java:10:31  warning  "
                + "SL103 handler-scoped-client  "), failure.getMessage());
        assertTrue(failure.getMessage().contains("Reports: " + basedir.resolve("lint-reports/report.sarif")),
                failure.getMessage());
    }

    @Test
    void javaSourcesAreReadInTheEncodingParameter() throws IOException {
        writeFailingProject(basedir);
        // ISO-8859-1 bytes, as a project with <project.build.sourceEncoding>ISO-8859-1 compiles them.
        Files.write(basedir.resolve("src/main/java/com/example/GetOrderHandler.java"),
                HANDLER.replace("mapper", "\u00fcbersetzer").getBytes(StandardCharsets.ISO_8859_1));

        CheckMojo latin1 = mojo();
        latin1.encoding = "ISO-8859-1";
        assertThrows(MojoFailureException.class, latin1::execute);
        assertEquals(2, log.at("WARNING").size(), log.lines.toString());
        assertTrue(log.at("WARNING").get(1).startsWith("src/main/java/com/example/GetOrderHandler.java:10:35  warning  "
                + "SL103 handler-scoped-client  "), log.lines.toString());

        log.lines.clear();
        CheckMojo unset = mojo();
        assertThrows(MojoFailureException.class, unset::execute);
        // Read as UTF-8 (no encoding given), the letter is not one: the handler does not parse.
        assertTrue(log.at("ERROR").contains("src/main/java/com/example/GetOrderHandler.java:10:22  error  SL000 parse-error"
                + "  Java syntax error: unexpected character Encountered: \"\\ufffd\" (65533), after : \"\""),
                log.lines.toString());

        CheckMojo unknown = mojo();
        unknown.encoding = "latin-42";
        MojoExecutionException error = assertThrows(MojoExecutionException.class, unknown::execute);
        assertEquals("serverless-lint: invalid configuration: encoding: unknown encoding 'latin-42' "
                + "(e.g. UTF-8, ISO-8859-1, windows-1252)", error.getMessage());
    }

    @SuppressWarnings("deprecation")
    private static MavenSession session(Properties userProperties) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setUserProperties(userProperties);
        return new MavenSession(null, null, request, new DefaultMavenExecutionResult());
    }

    private CheckMojo mojo() {
        Model model = new Model();
        model.setArtifactId("order-platform");
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        MavenProjects.conventionalLayout(project);

        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.project = project;
        mojo.failOnViolation = true;
        mojo.severityThreshold = "warning";
        mojo.maxAllowedViolations = 0;
        mojo.formats = List.of("sarif,json");
        mojo.printSummary = true;
        mojo.threads = 2;
        mojo.dependenciesResolver = request -> ResolvedGraph.of();
        return mojo;
    }

    private static void writeFailingProject(Path directory) throws IOException {
        Path handler = directory.resolve("src/main/java/com/example/GetOrderHandler.java");
        Files.createDirectories(handler.getParent());
        Files.writeString(handler, HANDLER);
        Files.writeString(directory.resolve("serverless.yml"), SERVERLESS_YML);
    }

    @Test
    void anUnchangedModuleIsReadBackFromTheCacheWithTheSameFindings() throws Exception {
        writeFailingProject(basedir);
        CheckMojo first = mojo();
        first.failOnViolation = false;
        first.execute();
        List<String> firstRun = List.copyOf(log.lines);
        Path cacheDirectory = basedir.resolve("target/serverless-lint/cache");
        assertTrue(Files.isDirectory(cacheDirectory));
        log.lines.clear();
        CheckMojo second = mojo();
        second.failOnViolation = false;
        second.execute();
        assertEquals(firstRun, log.lines);
    }
}
