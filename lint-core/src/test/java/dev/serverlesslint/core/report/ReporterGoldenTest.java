package dev.serverlesslint.core.report;

import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.engine.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every reporter's exact bytes for {@link SampleResult}, compared with golden files in
 * {@code src/test/resources/dev/serverlesslint/core/report/golden/}. After an intended change, rewrite
 * them with {@code mvn -pl lint-core test -Dgolden.update=true} and review the diff.
 */
class ReporterGoldenTest {

    private static final String VERSION_PLACEHOLDER = "0.0.0-golden";

    private static final ReportSettings SETTINGS = ReportSettings.PLAIN
            .withSources(SourceLines.of(SampleResult.SOURCES))
            .withCategory("serverless-lint/services/orders");

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void formatMatchesGoldenFile(ReportFormat format) throws IOException {
        assertGolden("sample." + format.fileExtension(), format.reporter(SETTINGS), SampleResult.create());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void cleanResultMatchesGoldenFile(ReportFormat format) throws IOException {
        assertGolden("clean." + format.fileExtension(), format.reporter(SETTINGS), SampleResult.clean());
    }

    @Test
    void colouredTextMatchesGoldenFile() throws IOException {
        assertGolden("sample-color.txt", new TextReporter(SETTINGS.withColor(true)), SampleResult.create());
    }

    @Test
    void textWithoutSourcesMatchesGoldenFile() throws IOException {
        assertGolden("sample-no-sources.txt", new TextReporter(ReportSettings.PLAIN), SampleResult.create());
    }

    @Test
    void markdownSummaryMatchesGoldenFile() throws IOException {
        assertGolden("sample-summary.md", new MarkdownSummaryReporter(SETTINGS), SampleResult.create());
        assertGolden("clean-summary.md", new MarkdownSummaryReporter(SETTINGS), SampleResult.clean());
    }

    @Test
    void sarifWithoutDocumentationLinksMatchesGoldenFile() throws IOException {
        assertGolden("sample-no-docs.sarif", new SarifReporter(SETTINGS.withDocsBaseUrl("")), SampleResult.create());
    }

    @Test
    void outputIsIdenticalOnEveryRun() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(render(format.reporter(SETTINGS), SampleResult.create()),
                    render(format.reporter(SETTINGS), SampleResult.create()), format.cliName());
        }
    }

    static String render(Reporter reporter, LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(result, out);
        return out.toString();
    }

    private static void assertGolden(String name, Reporter reporter, LintResult result) throws IOException {
        String actual = render(reporter, result).replace(ToolVersion.get(), VERSION_PLACEHOLDER);
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources/dev/serverlesslint/core/report/golden", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = ReporterGoldenTest.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new AssertionError("missing golden file golden/" + name
                        + "; create it with -Dgolden.update=true");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
        }
    }
}
