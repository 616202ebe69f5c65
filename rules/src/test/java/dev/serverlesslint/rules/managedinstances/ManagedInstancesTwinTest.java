package dev.serverlesslint.rules.managedinstances;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.fixtures.FixtureHarness;
import dev.serverlesslint.fixtures.FixtureProjects;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same order service, deployed as classic functions and on Lambda Managed Instances: the Java code is
 * byte for byte the same, the classic twin reports none of the Managed Instances rules, and those findings
 * name the chain, the function and its concurrency.
 */
class ManagedInstancesTwinTest {

    private static final Set<String> MANAGED_INSTANCES_RULES = Set.of("SL114", "SL115", "SL116", "SL117", "SL220");
    private static final Path LMI = FixtureProjects.project("orders-on-managed-instances");
    private static final Path CLASSIC = FixtureProjects.project("orders-classic-twin");

    @Test
    void bothTwinsDeployTheSameCode() throws IOException {
        List<Path> files = javaFiles(LMI);
        assertEquals(javaFiles(CLASSIC).stream().map(CLASSIC::relativize).toList(),
                files.stream().map(LMI::relativize).toList());
        for (Path file : files) {
            assertEquals(Files.readString(file), Files.readString(CLASSIC.resolve(LMI.relativize(file))), file.toString());
        }
    }

    @Test
    void theClassicTwinReportsNoManagedInstancesFinding() {
        List<Finding> findings = FixtureHarness.lint(CLASSIC).findings();
        assertEquals(List.of(), findings.stream().filter(f -> MANAGED_INSTANCES_RULES.contains(f.ruleId())).toList());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("SL102")), "the classic rules still apply");
    }

    @Test
    void managedInstancesFindingsNameTheChainFunctionAndConcurrency() {
        List<Finding> findings = FixtureHarness.lint(LMI).findings();
        assertEquals("OrderHandler.handleRequest -> OrderService.place -> OrderService.writeReceipt -> "
                        + "OrderService.client writes field 'receipts' of OrderService, an object shared by all requests "
                        + "(receipts = S3Client.create()) while function 'PlaceOrderFunction' runs up to 64 requests at "
                        + "once in one environment on Lambda Managed Instances: concurrent requests race on it. Keep "
                        + "per-request state in local variables; share only final, thread-safe objects "
                        + "(java.util.concurrent types, atomics) or synchronise the access.",
                message(findings, "SL114", "OrderService.java", 64));
        assertEquals("OrderHandler.handleRequest writes field 'invocation' of the handler object (invocation = context) "
                        + "while function 'PlaceOrderFunction' runs up to 64 requests at once in one environment on "
                        + "Lambda Managed Instances: concurrent requests race on it. Keep per-request state in local "
                        + "variables; share only final, thread-safe objects (java.util.concurrent types, atomics) or "
                        + "synchronise the access.",
                message(findings, "SL114", "OrderHandler.java", 34));
        assertEquals("InvoiceHandler.handleRequest calls SHA256.digest(..) on MessageDigest 'SHA256', one object "
                        + "shared by all requests, while function 'InvoiceFunction' runs up to 32 requests at once in one "
                        + "environment per vCPU (the Java default) on Lambda Managed Instances: MessageDigest is not "
                        + "thread-safe. Create one per request, or keep one per thread with ThreadLocal.withInitial(..).",
                message(findings, "SL115", "InvoiceHandler.java", 19));
        assertEquals("OrderHandler.handleRequest -> OrderService.place -> OrderService.writeReceipt writes the fixed "
                        + "file /tmp/receipt.txt, which every request running at the same time on Lambda Managed "
                        + "Instances writes too (function 'PlaceOrderFunction'): they overwrite each other's file. Use "
                        + "Files.createTempFile(..) or a name built from the request ID.",
                message(findings, "SL117", "OrderService.java", 31));
        assertEquals("HikariCP setMaximumPoolSize(2) allows 2 connections, but function 'PlaceOrderFunction' runs up "
                        + "to 64 requests at once (PerExecutionEnvironmentMaxConcurrency) in one environment on Lambda "
                        + "Managed Instances: requests queue for a connection. Size the pool to the concurrency, or "
                        + "lower the concurrency to what the database can take.",
                message(findings, "SL220", "OrderRepository.java", 18));
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("SL102")),
                "SL114 replaces SL102 for the handler field written under Managed Instances");
    }

    @Test
    void processWideSettingsAreAnErrorOnlyUnderManagedInstances() {
        List<Finding> findings = FixtureHarness.lint(FixtureProjects.project("sl114-sl117-managed-instances")).findings()
                .stream().filter(f -> f.ruleId().equals("SL116")).toList();
        assertEquals(List.of(Severity.WARNING, Severity.ERROR, Severity.ERROR),
                findings.stream().sorted((a, b) -> a.path().compareTo(b.path())).map(Finding::severity).toList());
        assertEquals("SearchHandler.handleRequest calls TimeZone.setDefault(..), which changes the whole JVM while other "
                        + "requests run in it at the same time on Lambda Managed Instances (function 'search'). Set it "
                        + "once during init, or pass the value explicitly to the code that needs it.",
                message(findings, "SL116", "SearchHandler.java", 24));
    }

    private static String message(List<Finding> findings, String rule, String file, int line) {
        return findings.stream()
                .filter(f -> f.ruleId().equals(rule) && f.path().endsWith("/" + file) && f.line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " at " + file + ":" + line))
                .message();
    }

    private static List<Path> javaFiles(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("src"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
