package dev.serverlesslint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** One run of the command with JSON output: exit code, findings as {@code path:line RULE}, stderr. */
record CliRun(int exitCode, List<String> findings, String stdout, String stderr) {

    /**
     * Rules that fire on the small projects of the workflow tests but that those tests are not about
     * (their own fixtures test them), switched off so the tests can list exact findings.
     */
    static final String UNRELATED_RULES = "SL107,SL205,SL212,SL213";

    static CliRun json(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--format", "json", "--as-of", "2026-11-01", "--threads", "1",
                "--disable", UNRELATED_RULES));
        all.addAll(List.of(arguments));
        return raw(all.toArray(String[]::new));
    }

    static CliRun raw(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ServerlessLintCommand.execute(arguments, new PrintWriter(out), new PrintWriter(err));
        List<String> findings = new ArrayList<>();
        String stdout = out.toString();
        if (stdout.startsWith("{")) {
            try {
                for (JsonNode finding : new ObjectMapper().readTree(stdout).get("findings")) {
                    findings.add(finding.get("path").asText() + ":" + finding.get("line").asInt() + " "
                            + finding.get("ruleId").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CliRun(code, findings, stdout, err.toString());
    }
}
