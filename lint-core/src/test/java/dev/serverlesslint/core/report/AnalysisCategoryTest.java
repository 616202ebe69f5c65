package dev.serverlesslint.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnalysisCategoryTest {

    @TempDir
    Path checkout;

    @Test
    void namesTheAnalysedPathsRelativeToTheRepository() throws IOException {
        Files.createDirectories(checkout.resolve(".git"));
        Path orders = Files.createDirectories(checkout.resolve("services/orders"));
        Path billing = Files.createDirectories(checkout.resolve("services/billing"));
        assertEquals("serverless-lint/services/orders", AnalysisCategory.of(orders, List.of()));
        assertEquals("serverless-lint/services/orders", AnalysisCategory.of(checkout, List.of(orders)));
        assertEquals("serverless-lint/services/billing,services/orders",
                AnalysisCategory.of(checkout, List.of(orders, billing)));
        assertEquals("serverless-lint", AnalysisCategory.of(checkout, List.of()));
        assertEquals("serverless-lint", AnalysisCategory.of(orders, List.of(checkout)));
    }

    @Test
    void aWorktreeCheckoutHasAGitFileAndWithoutGitTheRootIsTheTop() throws IOException {
        Files.writeString(checkout.resolve(".git"), "gitdir: /elsewhere\n");
        Path module = Files.createDirectories(checkout.resolve("app"));
        assertEquals("serverless-lint/app", AnalysisCategory.of(module, List.of()));
        Files.delete(checkout.resolve(".git"));
        assertEquals("serverless-lint", AnalysisCategory.of(module, List.of()));
        assertEquals("serverless-lint/src", AnalysisCategory.of(module, List.of(module.resolve("src"))));
    }

    @Test
    void aChosenCategoryIsKeptWithoutTrailingSlashes() {
        assertEquals("lambda/orders", AnalysisCategory.chosen(" lambda/orders/ "));
        assertThrows(IllegalArgumentException.class, () -> AnalysisCategory.chosen(" / "));
    }
}
