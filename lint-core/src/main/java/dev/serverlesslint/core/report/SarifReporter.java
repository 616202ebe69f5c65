package dev.serverlesslint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.TextEdit;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.rule.RulePrecision;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Every rule is described in
 * {@code tool.driver.rules} with its help and a {@code helpUri} to its page; locations are relative
 * URIs against {@code %SRCROOT%} (described in {@code run.originalUriBaseIds}) so reports do not depend on
 * where the project was checked out;
 * regions are 1-based, columns in UTF-16 code units. Each result has a stable
 * {@code partialFingerprints} entry ({@value #FINGERPRINT_KEY}) built from the rule, the path, the
 * function and the whitespace-normalised source line (the message when the line cannot be read), so
 * a finding keeps its identity when lines move.
 *
 * <p>Rule descriptors carry what GitHub code scanning ranks and files alerts by, from each rule's
 * {@link dev.serverlesslint.core.rule.RuleDefinition}: {@code tags} ({@code serverless}, {@code aws-lambda} and the
 * rule's category, e.g. {@code security}), {@code precision}, {@code problem.severity} (the default severity, with
 * {@code note} as {@code recommendation}) and, for security rules, {@code security-severity}. The run's
 * {@code automationDetails.id} is the {@link AnalysisCategory} when one is set. Findings with related locations
 * (the hops of a request path, the configuration line of a code finding) list them in {@code relatedLocations},
 * linked from the message.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";
    static final String SOURCE_ROOT_DESCRIPTION = "The directory serverless-lint linted, which locations are relative to:"
            + " the repository's root when it runs there (the Maven plugin: the reactor's root).";
    static final String FINGERPRINT_KEY = "serverlessLintFindingHash/v1";

    private final ReportSettings settings;

    public SarifReporter() {
        this(ReportSettings.PLAIN);
    }

    public SarifReporter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        List<RuleMetadata> rules = result.rules().metadata();
        Map<String, Integer> ruleIndex = new HashMap<>();
        rules.forEach(rule -> ruleIndex.put(rule.id(), ruleIndex.size()));
        FindingFingerprints fingerprints = new FindingFingerprints(settings.sources());
        // The frame is streamed and each result written as soon as it is built: memory for one result.
        try (JsonGenerator json = JsonTrees.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeFieldName("tool");
            json.writeTree(tool(rules));
            if (!settings.category().isEmpty()) {
                // Everything before the last '/' is the category; nothing after it: no per-run ID, output stays deterministic.
                json.writeObjectFieldStart("automationDetails");
                json.writeStringField("id", settings.category() + "/");
                json.writeEndObject();
            }
            json.writeArrayFieldStart("results");
            for (Finding finding : result.findings()) {
                json.writeTree(resultOf(finding, ruleIndex.get(finding.ruleId()), fingerprints));
            }
            json.writeEndArray();
            json.writeFieldName("invocations");
            json.writeTree(invocations(result));
            json.writeStringField("columnKind", "utf16CodeUnits");
            // SARIF 2.1.0 §3.14.14: the base the relative URIs resolve against. Its absolute URI is left out
            // (the spec allows that) so the report does not depend on where the project was checked out; code
            // scanning resolves the paths against the repository's root, which the lint root is when it runs there.
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SOURCE_ROOT);
            json.writeObjectFieldStart("description");
            json.writeStringField("text", SOURCE_ROOT_DESCRIPTION);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** {@code tool}: the driver and a descriptor for every rule of the run, in {@code rules}' order. */
    private ObjectNode tool(List<RuleMetadata> rules) {
        ObjectNode tool = JsonTrees.MAPPER.createObjectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", ToolVersion.NAME);
        driver.put("version", ToolVersion.get());
        driver.put("semanticVersion", ToolVersion.get());
        if (!settings.docsBaseUrl().isEmpty()) {
            driver.put("informationUri", settings.docsBaseUrl());
        }
        ArrayNode ruleArray = driver.putArray("rules");
        for (RuleMetadata rule : rules) {
            ObjectNode descriptor = ruleArray.addObject();
            descriptor.put("id", rule.id());
            descriptor.put("name", pascalCase(rule.name()));
            descriptor.putObject("shortDescription").put("text", sentence(rule.summary()));
            descriptor.putObject("fullDescription").put("text", sentence(rule.description()));
            if (!settings.docsBaseUrl().isEmpty()) {
                descriptor.put("helpUri", settings.ruleDocUrl(rule.id()));
            }
            descriptor.putObject("help")
                    .put("text", sentence(rule.remediation()))
                    .put("markdown", "**" + rule.id() + " " + rule.name() + "**\n\n" + sentence(rule.description())
                            + "\n\n" + sentence(rule.remediation()));
            descriptor.putObject("defaultConfiguration").put("level", rule.defaultSeverity().label());
            putRuleProperties(descriptor.putObject("properties"), rule);
        }
        return tool;
    }

    /** One entry of {@code results}; {@code ruleIndex} is null for a rule the run does not describe. */
    private ObjectNode resultOf(Finding finding, Integer ruleIndex, FindingFingerprints fingerprints) {
        ObjectNode node = JsonTrees.MAPPER.createObjectNode();
        node.put("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            node.put("ruleIndex", ruleIndex);
        }
        node.put("level", finding.severity().label());
        node.putObject("message").put("text", messageText(finding));
        ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation")
                .put("uri", uriOf(finding.path()))
                .put("uriBaseId", SOURCE_ROOT);
        ObjectNode region = physical.putObject("region")
                .put("startLine", finding.line())
                .put("startColumn", finding.column());
        settings.sources().line(finding.path(), finding.line())
                .filter(line -> finding.column() <= line.length())
                .ifPresent(line -> region.putObject("snippet").put("text", line.substring(finding.column() - 1)));
        putRelatedLocations(node, finding);
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprints.next(finding));
        if (finding.fix() != null) {
            putFix(node.putArray("fixes").addObject(), finding);
        }
        if (finding.function() != null) {
            node.putObject("properties").put("function", finding.function());
        }
        return node;
    }

    /** {@code invocations}: whether the run completed, with a notification per rule that failed. */
    private static ArrayNode invocations(LintResult result) {
        ArrayNode invocations = JsonTrees.MAPPER.createArrayNode();
        ArrayNode notifications = invocations.addObject()
                .put("executionSuccessful", result.internalErrors().isEmpty())
                .putArray("toolExecutionNotifications");
        for (InternalError error : result.internalErrors()) {
            ObjectNode notification = notifications.addObject();
            notification.put("level", "error");
            notification.putObject("message").put("text",
                    sentence("rule " + error.ruleId() + " failed: " + error.message()));
            notification.putArray("locations").addObject().putObject("physicalLocation")
                    .putObject("artifactLocation").put("uri", uriOf(error.path())).put("uriBaseId", SOURCE_ROOT);
        }
        return invocations;
    }

    /**
     * The message, and for a finding with related locations a sentence linking each one ({@code [text](id)}):
     * GitHub code scanning shows related locations only where the message embeds them. Literal brackets are
     * escaped, as SARIF requires in a message with embedded links.
     */
    static String messageText(Finding finding) {
        if (finding.related().isEmpty()) {
            return sentence(finding.message());
        }
        StringBuilder text = new StringBuilder(escapeBrackets(sentence(finding.message()))).append(" Related: ");
        for (int i = 0; i < finding.related().size(); i++) {
            text.append(i == 0 ? "" : ", ")
                    .append('[').append(escapeBrackets(finding.related().get(i).message())).append("](")
                    .append(i + 1).append(')');
        }
        return text.append('.').toString();
    }

    private static String escapeBrackets(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }

    private static void putRelatedLocations(ObjectNode node, Finding finding) {
        if (finding.related().isEmpty()) {
            return;
        }
        ArrayNode related = node.putArray("relatedLocations");
        for (int i = 0; i < finding.related().size(); i++) {
            RelatedLocation place = finding.related().get(i);
            ObjectNode location = related.addObject().put("id", i + 1);
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uriOf(place.path())).put("uriBaseId", SOURCE_ROOT);
            physical.putObject("region").put("startLine", place.line()).put("startColumn", place.column());
            location.putObject("message").put("text", place.message());
        }
    }

    private static void putRuleProperties(ObjectNode properties, RuleMetadata rule) {
        properties.put("ruleName", rule.name());
        ArrayNode tags = properties.putArray("tags").add("serverless").add("aws-lambda");
        if (rule.category() != RuleCategory.UNCLASSIFIED) {
            tags.add(rule.category().tag());
        }
        if (rule.precision() != RulePrecision.UNSPECIFIED) {
            properties.put("precision", rule.precision().sarifName());
        }
        properties.put("problem.severity", rule.defaultSeverity() == Severity.NOTE
                ? "recommendation" : rule.defaultSeverity().label());
        if (!rule.securitySeverity().isEmpty()) {
            properties.put("security-severity", rule.securitySeverity());
        }
    }

    private static void putFix(ObjectNode fix, Finding finding) {
        fix.putObject("description").put("text", sentence(finding.fix().description()));
        ObjectNode change = fix.putArray("artifactChanges").addObject();
        change.putObject("artifactLocation").put("uri", uriOf(finding.path())).put("uriBaseId", SOURCE_ROOT);
        ArrayNode replacements = change.putArray("replacements");
        for (TextEdit edit : finding.fix().edits()) {
            ObjectNode replacement = replacements.addObject();
            replacement.putObject("deletedRegion")
                    .put("startLine", edit.start().line())
                    .put("startColumn", edit.start().column())
                    .put("endLine", edit.end().line())
                    .put("endColumn", edit.end().column());
            replacement.putObject("insertedContent").put("text", edit.replacement());
        }
    }

    /**
     * SARIF's friendly rule name is a Pascal-case identifier: {@code handler-scoped-client} becomes
     * {@code HandlerScopedClient} (the catalog's kebab-case name is kept in the descriptor's {@code properties.ruleName}).
     */
    static String pascalCase(String kebab) {
        StringBuilder out = new StringBuilder(kebab.length());
        for (String part : kebab.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** SARIF viewers expect messages to be sentences: a final period is added when missing. */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?")) {
            return trimmed;
        }
        return trimmed + ".";
    }

    /** A relative URI reference: path segments percent-encoded where URIs require it. */
    static String uriOf(String relativePath) {
        StringBuilder uri = new StringBuilder();
        for (byte b : relativePath.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                uri.append(c);
            } else {
                uri.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return uri.toString();
    }
}
