package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.report.ReportSettings;
import dev.serverlesslint.core.session.SessionOutcome;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The serverless-lint page of the project's site ({@code mvn site}): the module's findings by rule,
 * each rule linked to its documentation, and by file. The lint is the {@code check} goal's (same lint
 * root, same files reported, same rule parameters and configuration file); the report never fails the
 * build on findings.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** See the {@code check} goal. */
    @Parameter(property = "serverless-lint.skip", defaultValue = "false")
    boolean skip;

    /** See the {@code check} goal. */
    @Parameter(property = CheckMojo.RULES_PROPERTY)
    List<String> rules;

    /** See the {@code check} goal. */
    @Parameter(property = CheckMojo.DISABLE_PROPERTY)
    List<String> disable;

    /** See the {@code check} goal. */
    @Parameter(property = CheckMojo.SEVERITIES_PROPERTY)
    List<String> severities;

    /** See the {@code check} goal. */
    @Parameter(property = CheckMojo.RULE_OPTIONS_PROPERTY)
    List<String> ruleOptions;

    /** See the {@code check} goal. */
    @Parameter(property = "serverless-lint.includes")
    List<String> includes;

    /** See the {@code check} goal. */
    @Parameter(property = "serverless-lint.excludes")
    List<String> excludes;

    /** See the {@code check} goal. */
    @Parameter(property = "serverless-lint.includeTests", defaultValue = "false")
    boolean includeTests;

    /** See the {@code check} goal. */
    @Parameter(property = "serverless-lint.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /** See the {@code check} goal. */
    @Parameter(property = "serverless-lint.configFile")
    File configFile;

    /** See the {@code check} goal. */
    @Parameter(property = "serverless-lint.baseline")
    File baseline;

    /** See the {@code check} goal. */
    @Parameter(property = "serverless-lint.threads")
    Integer threads;

    /** See the {@code check} goal. */
    @Parameter(property = "serverless-lint.artifact")
    File artifact;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Component
    ProjectDependenciesResolver dependenciesResolver;

    @Override
    public String getOutputName() {
        return "serverless-lint";
    }

    @Override
    public String getName(Locale locale) {
        return "serverless-lint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of serverless-lint: Lambda handler code and deployment configuration anti-patterns.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        SessionOutcome outcome;
        try {
            outcome = lint().analyse();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        if (!outcome.problems().isEmpty()) {
            throw new MavenReportException(CheckMojo.invalidConfigurationMessage(outcome.problems()));
        }
        render(getSink(), outcome.result());
    }

    /** The check goal with this goal's parameters, writing no report files and reading no cache. */
    private CheckMojo lint() {
        CheckMojo check = new CheckMojo();
        check.setLog(getLog());
        check.project = project;
        check.session = session;
        check.dependenciesResolver = dependenciesResolver;
        check.rules = rules;
        check.disable = disable;
        check.severities = severities;
        check.ruleOptions = ruleOptions;
        check.includes = includes;
        check.excludes = excludes;
        check.includeTests = includeTests;
        check.encoding = encoding;
        check.configFile = configFile;
        check.baseline = baseline;
        check.threads = threads;
        check.artifact = artifact;
        check.severityThreshold = "warning";
        check.formats = List.of(CheckSettings.NO_REPORTS);
        check.cache = false;
        return check;
    }

    /** The page: a summary, the findings by rule, then by file. */
    static void render(Sink sink, LintResult result) {
        ReportSettings links = ReportSettings.PLAIN;
        sink.head();
        sink.title();
        sink.text("serverless-lint");
        sink.title_();
        sink.head_();
        sink.body();

        sink.section1();
        sink.sectionTitle1();
        sink.text("serverless-lint");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(FindingLog.summaryLine(result).replaceFirst("^serverless-lint: ", "")
                + " Paths are relative to the directory the project is linted from.");
        sink.paragraph_();

        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings by rule");
        sink.sectionTitle2_();
        Map<String, List<Finding>> byRule = new TreeMap<>();
        result.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), id -> new java.util.ArrayList<>()).add(f));
        sink.table();
        sink.tableRows();
        headerRow(sink, "Rule", "Name", "Severity", "Findings");
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            Finding first = rule.getValue().get(0);
            sink.tableRow();
            sink.tableCell();
            sink.link(links.ruleDocUrl(rule.getKey()));
            sink.text(rule.getKey());
            sink.link_();
            sink.tableCell_();
            cell(sink, first.ruleName());
            cell(sink, severities(rule.getValue()));
            cell(sink, String.valueOf(rule.getValue().size()));
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();

        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings by file");
        sink.sectionTitle2_();
        Map<String, List<Finding>> byFile = new TreeMap<>();
        result.findings().forEach(f -> byFile.computeIfAbsent(f.path(), p -> new java.util.ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            sink.section3();
            sink.sectionTitle3();
            sink.text(file.getKey());
            sink.sectionTitle3_();
            sink.table();
            sink.tableRows();
            headerRow(sink, "Line", "Severity", "Rule", "Message");
            for (Finding finding : file.getValue()) {
                sink.tableRow();
                cell(sink, finding.line() + ":" + finding.column());
                cell(sink, finding.severity().label());
                sink.tableCell();
                sink.link(links.ruleDocUrl(finding.ruleId()));
                sink.text(finding.ruleId() + " " + finding.ruleName());
                sink.link_();
                sink.tableCell_();
                cell(sink, MavenWording.of(finding.message()));
                sink.tableRow_();
            }
            sink.tableRows_();
            sink.table_();
            sink.section3_();
        }
        sink.section2_();

        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static String severities(List<Finding> findings) {
        return String.join(", ", findings.stream().map(Finding::severity).distinct().sorted()
                .map(Severity::label).toList());
    }

    private static void headerRow(Sink sink, String... names) {
        sink.tableRow();
        for (String name : names) {
            sink.tableHeaderCell();
            sink.text(name);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }
}
