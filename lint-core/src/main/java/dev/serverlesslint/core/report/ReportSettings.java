package dev.serverlesslint.core.report;

import dev.serverlesslint.core.finding.Severity;

import java.util.Objects;

/**
 * What reporters may use besides the result; chosen by the caller (CLI, Maven plugin), so reporters stay
 * pure functions of their inputs.
 *
 * @param sources     source lines of reported files (shown by {@code text}, used for rdjson columns and
 *                    SARIF fingerprints)
 * @param color       whether {@code text} may use ANSI colours (the CLI decides: TTY, {@code NO_COLOR})
 * @param docsBaseUrl where rule pages live: a rule's page is {@code docsBaseUrl + ID + ".md"}
 * @param category    what was analysed, e.g. {@code serverless-lint/services/orders} (see {@link AnalysisCategory}):
 *                    SARIF's {@code automationDetails.id}, so that code scanning keeps the alerts of different
 *                    analyses apart; empty: not stated
 * @param threshold   the lowest severity that fails the run: JUnit reports make findings at or above it failures
 */
public record ReportSettings(SourceLines sources, boolean color, String docsBaseUrl, String category,
                             Severity threshold) {

    /**
     * The published rule documentation: {@code docs/rules/} of the project's repository. Override it
     * (CLI {@code --docs-base-url}) for a fork or an internal mirror.
     */
    public static final String DEFAULT_DOCS_BASE_URL =
            "https://github.com/serverless-lint/serverless-lint/blob/main/docs/rules/";

    /** No source lines, no colour, the default documentation. */
    public static final ReportSettings PLAIN = new ReportSettings(SourceLines.NONE, false, DEFAULT_DOCS_BASE_URL);

    public ReportSettings {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(docsBaseUrl, "docsBaseUrl");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(threshold, "threshold");
        if (!docsBaseUrl.isEmpty() && !docsBaseUrl.endsWith("/")) {
            docsBaseUrl = docsBaseUrl + "/";
        }
    }

    /** Settings without a category, with the default threshold ({@code warning}). */
    public ReportSettings(SourceLines sources, boolean color, String docsBaseUrl) {
        this(sources, color, docsBaseUrl, "", Severity.WARNING);
    }

    /** Settings with the default threshold ({@code warning}). */
    public ReportSettings(SourceLines sources, boolean color, String docsBaseUrl, String category) {
        this(sources, color, docsBaseUrl, category, Severity.WARNING);
    }

    public ReportSettings withSources(SourceLines newSources) {
        return new ReportSettings(newSources, color, docsBaseUrl, category, threshold);
    }

    public ReportSettings withColor(boolean newColor) {
        return new ReportSettings(sources, newColor, docsBaseUrl, category, threshold);
    }

    public ReportSettings withDocsBaseUrl(String newDocsBaseUrl) {
        return new ReportSettings(sources, color, newDocsBaseUrl, category, threshold);
    }

    public ReportSettings withCategory(String newCategory) {
        return new ReportSettings(sources, color, docsBaseUrl, newCategory, threshold);
    }

    public ReportSettings withThreshold(Severity newThreshold) {
        return new ReportSettings(sources, color, docsBaseUrl, category, newThreshold);
    }

    /** The documentation page of a rule. */
    public String ruleDocUrl(String ruleId) {
        return docsBaseUrl + ruleId + ".md";
    }
}
