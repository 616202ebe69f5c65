package dev.serverlesslint.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.rule.RuleMetadata;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Every rule is described in
 * {@code tool.driver.rules}; locations are relative to {@code %SRCROOT%} so reports do not depend
 * on where the project was checked out.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        ObjectNode root = JsonReporter.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolVersion.NAME);
        driver.put("version", ToolVersion.get());
        driver.put("semanticVersion", ToolVersion.get().replace("-SNAPSHOT", ""));

        List<RuleMetadata> rules = result.rules().metadata();
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleArray = driver.putArray("rules");
        for (RuleMetadata rule : rules) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode descriptor = ruleArray.addObject();
            descriptor.put("id", rule.id());
            descriptor.put("name", rule.name());
            descriptor.putObject("shortDescription").put("text", rule.summary());
            descriptor.putObject("fullDescription").put("text", rule.description());
            descriptor.putObject("help")
                    .put("text", rule.remediation())
                    .put("markdown", "**" + rule.id() + " " + rule.name() + "**\n\n" + rule.description()
                            + "\n\n" + rule.remediation());
            descriptor.putObject("defaultConfiguration").put("level", rule.defaultSeverity().label());
        }

        ArrayNode results = run.putArray("results");
        for (Finding finding : result.findings()) {
            ObjectNode node = results.addObject();
            node.put("ruleId", finding.ruleId());
            Integer index = ruleIndex.get(finding.ruleId());
            if (index != null) {
                node.put("ruleIndex", index);
            }
            node.put("level", finding.severity().label());
            node.putObject("message").put("text", finding.message());
            ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation")
                    .put("uri", uriOf(finding.path()))
                    .put("uriBaseId", SOURCE_ROOT);
            physical.putObject("region")
                    .put("startLine", finding.line())
                    .put("startColumn", finding.column());
            if (finding.function() != null) {
                node.putObject("properties").put("function", finding.function());
            }
        }
        ArrayNode notifications = run.putArray("invocations").addObject()
                .put("executionSuccessful", result.internalErrors().isEmpty())
                .putArray("toolExecutionNotifications");
        for (InternalError error : result.internalErrors()) {
            ObjectNode notification = notifications.addObject();
            notification.put("level", "error");
            notification.putObject("message").put("text", "rule " + error.ruleId() + " failed: " + error.message());
            notification.putArray("locations").addObject().putObject("physicalLocation")
                    .putObject("artifactLocation").put("uri", uriOf(error.path())).put("uriBaseId", SOURCE_ROOT);
        }
        run.put("columnKind", "utf16CodeUnits");
        JsonReporter.MAPPER.writeValue(out, root);
        out.write('\n');
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
