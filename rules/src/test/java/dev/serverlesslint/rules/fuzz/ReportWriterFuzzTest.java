package dev.serverlesslint.rules.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.report.ReportFormat;
import dev.serverlesslint.core.report.ReportSettings;
import dev.serverlesslint.core.report.SourceLines;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fuzz target for every report writer: findings whose paths, messages and source lines are any
 * text (control characters, lone surrogates, {@code ::} workflow commands) must be written without
 * an exception, and the human-readable formats must contain no raw control character and no line
 * starting a GitHub workflow command other than the github format's own.
 */
class ReportWriterFuzzTest {

    private static final RuleSet RULES = RuleSet.discover(ReportWriterFuzzTest.class.getClassLoader());

    @FuzzTest
    void reportWriters(FuzzedDataProvider data) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> sources = new java.util.HashMap<>();
        int count = data.consumeInt(0, 5);
        for (int i = 0; i < count; i++) {
            String path = data.consumeString(40);
            sources.put(path, data.consumeString(200));
            findings.add(new Finding(data.pickValue(List.of("SL000", "SL001", "SL103", "SL201")), data.consumeString(20),
                    data.pickValue(Severity.values()), path, data.consumeInt(0, 50), data.consumeInt(0, 300),
                    data.consumeString(200), data.consumeBoolean() ? null : data.consumeString(20)));
        }
        findings.sort(null);
        List<InternalError> errors = data.consumeBoolean()
                ? List.of(new InternalError("SL103", data.consumeString(30), data.consumeString(60), null)) : List.of();
        LintResult result = new LintResult(findings, count, errors, RULES);
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            format.reporter(new ReportSettings(SourceLines.of(sources), data.consumeBoolean(), "")).write(result, out);
            if (format == ReportFormat.TEXT) {
                for (String line : out.toString().split("\n", -1)) {
                    String plain = line.replaceAll("\u001b\\[[0-9;]*m", "");
                    if (plain.strip().startsWith("::") || plain.chars().anyMatch(c ->
                            (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f))) {
                        throw new IllegalStateException("unescaped text output line: " + plain);
                    }
                }
            }
        }
    }
}
