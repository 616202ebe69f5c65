package dev.serverlesslint.core.testing;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.location.SourceLines;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RuleOption;
import dev.serverlesslint.core.rule.RuleOptionType;

import java.nio.file.Files;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A test rule: reports every line containing {@code VIOLATION} in Java and configuration files.
 */
@RuleDefinition(
        id = "SL900",
        name = "marker",
        severity = Severity.WARNING,
        summary = "Test rule.",
        description = "Reports the marker word.",
        remediation = "Remove the marker.",
        options = {
                @RuleOption(name = "limit", defaultValue = "2", description = "A number."),
                @RuleOption(name = "strict", type = RuleOptionType.BOOLEAN, defaultValue = "false",
                        description = "A flag.")
        })
public final class MarkerRule implements JavaRule, ConfigRule {

    public static final String MARKER = "VIOLATION";

    @Override
    public void check(JavaSource source, RuleContext context) {
        try {
            report(SourceLines.of(Files.readString(source.file().absolutePath())), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        report(SourceLines.of(document.text()), context);
    }

    private static void report(SourceLines lines, RuleContext context) {
        for (int n = 1; n <= lines.count(); n++) {
            int column = lines.line(n).indexOf(MARKER);
            if (column >= 0) {
                context.report(new SourcePosition(n, column + 1), "marker found; remove it");
            }
        }
    }
}
