package dev.serverlesslint.core.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The output formats, by their command-line name. */
public enum ReportFormat {
    /** For people: grouped by file, with the source line and a caret. */
    TEXT("txt", TextReporter::new),
    /** The tool's own JSON. */
    JSON("json", settings -> new JsonReporter()),
    /** SARIF 2.1.0 for GitHub code scanning and SARIF viewers. */
    SARIF("sarif", SarifReporter::new),
    /** Checkstyle 4.3 XML, as reviewdog ({@code -f=checkstyle}) and CI dashboards read it. */
    CHECKSTYLE("xml", settings -> new CheckstyleReporter()),
    /** reviewdog's Diagnostic Format as JSON ({@code -f=rdjson}), with suggestions for findings that offer a fix. */
    RDJSON("rdjson.json", RdjsonReporter::new),
    /** GitHub Actions workflow commands: one annotation per finding. */
    GITHUB("github.txt", GithubWorkflowReporter::new),
    /** GitLab's Code Quality report (Code Climate subset), for merge request widgets. */
    GITLAB("gitlab.json", GitlabCodeQualityReporter::new),
    /** JUnit XML for Jenkins, GitLab, Azure DevOps and Bitbucket test results: failures at or above the threshold. */
    JUNIT("junit.xml", JunitReporter::new);

    private final String fileExtension;
    private final Function<ReportSettings, Reporter> factory;

    ReportFormat(String fileExtension, Function<ReportSettings, Reporter> factory) {
        this.fileExtension = fileExtension;
        this.factory = factory;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** File name extension of a report in this format (no leading dot); distinct per format. */
    public String fileExtension() {
        return fileExtension;
    }

    /** A reporter with {@link ReportSettings#PLAIN} settings. */
    public Reporter reporter() {
        return reporter(ReportSettings.PLAIN);
    }

    public Reporter reporter(ReportSettings settings) {
        return factory.apply(settings);
    }

    /** The command-line names, comma-separated, for messages and help. */
    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::cliName).collect(Collectors.joining(", "));
    }

    public static ReportFormat parse(String name) {
        for (ReportFormat format : values()) {
            if (format.cliName().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected one of " + names() + ")");
    }
}
