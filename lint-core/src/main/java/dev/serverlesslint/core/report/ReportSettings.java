package dev.serverlesslint.core.report;

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
 */
public record ReportSettings(SourceLines sources, boolean color, String docsBaseUrl, String category) {

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
        if (!docsBaseUrl.isEmpty() && !docsBaseUrl.endsWith("/")) {
            docsBaseUrl = docsBaseUrl + "/";
        }
    }

    /** Settings without a category. */
    public ReportSettings(SourceLines sources, boolean color, String docsBaseUrl) {
        this(sources, color, docsBaseUrl, "");
    }

    public ReportSettings withSources(SourceLines newSources) {
        return new ReportSettings(newSources, color, docsBaseUrl, category);
    }

    public ReportSettings withColor(boolean newColor) {
        return new ReportSettings(sources, newColor, docsBaseUrl, category);
    }

    public ReportSettings withDocsBaseUrl(String newDocsBaseUrl) {
        return new ReportSettings(sources, color, newDocsBaseUrl, category);
    }

    public ReportSettings withCategory(String newCategory) {
        return new ReportSettings(sources, color, docsBaseUrl, newCategory);
    }

    /** The documentation page of a rule. */
    public String ruleDocUrl(String ruleId) {
        return docsBaseUrl + ruleId + ".md";
    }
}
