package dev.serverlesslint.rules.packaging;

import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.packaging.ArchiveMeasurement;
import dev.serverlesslint.core.packaging.ArtifactDeclaration;
import dev.serverlesslint.core.packaging.PackagedArtifact;
import dev.serverlesslint.core.rule.ProjectRule;
import dev.serverlesslint.core.rule.ProjectRuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.core.rule.RuleOption;
import dev.serverlesslint.core.rule.RuleOptionType;

import java.util.stream.Collectors;

/** SL207: a deployment package over Lambda's size limits or over the project's cold-start budget. */
@RuleDefinition(
        id = "SL207",
        name = "oversized-package",
        severity = Severity.WARNING,
        category = RuleCategory.PERFORMANCE,
        precision = RulePrecision.VERY_HIGH,
        summary = "The deployment package is over Lambda's size limits or over the cold-start budget.",
        description = "Lambda rejects a zip or jar over 50 MB for a direct upload, and function code plus "
                + "layers over 250 MB unzipped, so an oversized package fails late, at deploy time. Below "
                + "the limits, every megabyte is downloaded and unpacked when an execution environment "
                + "starts, and a large class path slows class loading: package size is a main driver of "
                + "Java cold starts.",
        remediation = "Remove the biggest contributors the finding lists: depend on the SDK service modules "
                + "instead of bundles, drop frameworks the function does not need, minimize the shaded jar "
                + "(maven-shade-plugin minimizeJar), move shared libraries to a layer, or deploy a container image.",
        options = @RuleOption(name = OversizedPackageRule.BUDGET_OPTION, type = RuleOptionType.NUMBER,
                defaultValue = "10", description = "The cold-start budget in MB (zipped size) above which a "
                + "package is reported as a warning."))
public final class OversizedPackageRule implements ProjectRule {

    static final String BUDGET_OPTION = "budgetMb";
    private static final long DEFAULT_BUDGET_MB = 10;

    private final long zippedLimit;
    private final long unzippedLimit;

    public OversizedPackageRule() {
        this(50 * SizeText.MB, 250 * SizeText.MB);
    }

    /** Lambda's limits replaced, for tests that must not write 50 MB. */
    OversizedPackageRule(long zippedLimit, long unzippedLimit) {
        this.zippedLimit = zippedLimit;
        this.unzippedLimit = unzippedLimit;
    }

    @Override
    public void check(ProjectModel model, ProjectRuleContext context) {
        long budget = context.options().number(BUDGET_OPTION, DEFAULT_BUDGET_MB) * SizeText.MB;
        for (PackagedArtifact artifact : model.packaging().artifacts()) {
            ArchiveMeasurement measurement = artifact.measurement();
            if (measurement != null) {
                check(artifact, measurement, budget, context);
            } else {
                report(artifact, "Deployment package " + artifact.path() + " could not be measured ("
                        + artifact.problem() + "). Check that it is the built jar or zip that deploys.",
                        Severity.NOTE, context);
            }
        }
    }

    private void check(PackagedArtifact artifact, ArchiveMeasurement measurement, long budget,
                       ProjectRuleContext context) {
        long zipped = measurement.zippedBytes();
        long unzipped = saturatedAdd(measurement.unzippedBytes(), artifact.layerBytes());
        String subject = "Deployment package " + artifact.path();
        String message;
        Severity severity;
        if (unzipped > unzippedLimit) {
            severity = Severity.ERROR;
            message = subject + " unzips to " + SizeText.of(unzipped) + layersText(artifact) + ", over Lambda's "
                    + SizeText.of(unzippedLimit) + " limit for function code and layers together; the deploy will "
                    + "fail. Biggest contributors (unzipped): " + Breakdown.of(measurement, true) + ". "
                    + "Remove or replace the biggest dependencies, or deploy a container image (up to 10 GB).";
        } else if (zipped > zippedLimit) {
            severity = Severity.ERROR;
            message = subject + " is " + SizeText.of(zipped) + " zipped, over Lambda's " + SizeText.of(zippedLimit)
                    + " limit for a direct upload. Biggest contributors: " + Breakdown.of(measurement, false) + ". "
                    + "Remove or replace the biggest dependencies; uploading through S3 only lifts this limit, "
                    + "not the cold-start cost.";
        } else if (zipped > budget) {
            severity = null;
            message = subject + " is " + SizeText.of(zipped) + " zipped, over the " + SizeText.of(budget)
                    + " cold-start budget (" + BUDGET_OPTION + "). Biggest contributors: "
                    + Breakdown.of(measurement, false) + ". Depend on SDK service modules instead of bundles, "
                    + "drop what the function does not use, or minimize the shaded jar.";
        } else {
            return;
        }
        if (measurement.truncated()) {
            message += " (Sizes are lower bounds: the archive has more than " + measurement.entries() + " entries.)";
        }
        report(artifact, message, severity, context);
    }

    /** On the configuration line that names the artifact, else on the artifact itself. */
    private static void report(PackagedArtifact artifact, String message, Severity severity,
                               ProjectRuleContext context) {
        if (artifact.declarations().isEmpty()) {
            context.reportAt(artifact.path(), SourcePosition.START, message, null, severity);
        } else {
            ArtifactDeclaration declaration = artifact.declarations().get(0);
            context.reportAt(declaration.configPath(), declaration.position(), message, declaration.function(),
                    severity);
        }
    }

    private static String layersText(PackagedArtifact artifact) {
        if (artifact.layers().isEmpty()) {
            return "";
        }
        return " with its layers (" + artifact.layers().stream()
                .map(l -> l.name() + " " + SizeText.of(l.unzippedBytes()))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
