package dev.serverlesslint.core.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.serverlesslint.core.config.ConfigSyntaxException;
import dev.serverlesslint.core.config.ConfigTrees;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.finding.ConfigurationProblem;
import dev.serverlesslint.core.finding.InvalidConfigurationException;
import dev.serverlesslint.core.source.IoFailure;
import dev.serverlesslint.core.source.RegularFileReader;
import dev.serverlesslint.core.source.SourceText;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and writes baseline files: JSON, one entry per accepted fingerprint, sorted, LF line
 * endings, so that the file is byte-identical for the same findings and diffs well in review.
 * <pre>
 * {
 *   "tool" : "serverless-lint",
 *   "version" : 1,
 *   "findings" : [ {
 *     "rule" : "SL103",
 *     "path" : "src/main/java/com/example/OrderHandler.java",
 *     "context" : "OrderHandler#handleRequest(Map&lt;String,Object&gt;,Context)",
 *     "code" : "S3Client s3 = S3Client.create();",
 *     "fingerprint" : "0f3c...",
 *     "count" : 1
 *   } ]
 * }
 * </pre>
 */
public final class BaselineFile {

    /** Far above any real baseline; a larger file is refused before it is read. */
    private static final long MAX_BASELINE_BYTES = 64L * 1024 * 1024;

    public static final int FORMAT_VERSION = 1;
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern RULE_ID = Pattern.compile("SL\\d{3}");

    private BaselineFile() {
    }

    /**
     * Reads a baseline.
     *
     * @param file        where it is
     * @param displayPath how problems name it
     * @throws InvalidConfigurationException if it is unreadable, not JSON or not a baseline (SL001)
     */
    public static Baseline read(Path file, String displayPath) throws InvalidConfigurationException {
        String text;
        try {
            text = SourceText.decode(RegularFileReader.readNamed(file, MAX_BASELINE_BYTES)).content();
        } catch (IOException | SecurityException e) {
            // Creating it is the advice only when it is missing; an unreadable one would be overwritten.
            throw problem(displayPath, SourcePosition.START, "Cannot read the baseline file: " + IoFailure.reason(e)
                    + (e instanceof NoSuchFileException ? ". Create it with --write-baseline " + displayPath + "."
                    : "."));
        }
        ConfigValue root;
        try {
            root = ConfigTrees.readJson(text).root();
        } catch (ConfigSyntaxException e) {
            throw problem(displayPath, e.position(), "The baseline is not valid JSON (" + e.getMessage()
                    + "); regenerate it with --write-baseline.");
        }
        if (!root.isMapping() || !root.get("findings").isSequence()) {
            throw problem(displayPath, root.position(), "Not a serverless-lint baseline: expected an object with "
                    + "a 'findings' array; regenerate it with --write-baseline.");
        }
        ConfigValue version = root.get("version");
        if (version.asInt().orElse(-1) != FORMAT_VERSION) {
            throw problem(displayPath, version.isPresent() ? version.position() : root.position(),
                    "Unsupported baseline version " + version + "; this serverless-lint reads version "
                            + FORMAT_VERSION + ". Regenerate it with --write-baseline.");
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        for (ConfigValue item : root.get("findings").items()) {
            String rule = item.get("rule").text().orElse("");
            String fingerprint = item.get("fingerprint").text().orElse("");
            ConfigValue count = item.get("count");
            if (!item.isMapping() || !RULE_ID.matcher(rule).matches() || !FINGERPRINT.matcher(fingerprint).matches()
                    || item.get("path").text().isEmpty()
                    || (count.isPresent() && count.asInt().orElse(0) < 1)) {
                throw problem(displayPath, item.position(), "Invalid baseline entry: each needs 'rule' (SLxxx), "
                        + "'path', a 32-hex-digit 'fingerprint' and an optional positive 'count'. "
                        + "Regenerate the file with --write-baseline.");
            }
            entries.add(new Baseline.Entry(rule, item.get("path").text().orElse(""),
                    item.get("context").text().orElse(""), item.get("code").text().orElse(""), fingerprint,
                    count.asInt().orElse(1)));
        }
        return new Baseline(entries);
    }

    /** The file's content for this baseline. */
    public static String render(Baseline baseline) {
        ObjectMapper mapper = new ObjectMapper();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        StringWriter out = new StringWriter();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            json.writeStringField("tool", "serverless-lint");
            json.writeNumberField("version", FORMAT_VERSION);
            json.writeArrayFieldStart("findings");
            for (Baseline.Entry entry : baseline.entries()) {
                json.writeStartObject();
                json.writeStringField("rule", entry.ruleId());
                json.writeStringField("path", entry.path());
                json.writeStringField("context", entry.context());
                json.writeStringField("code", entry.code());
                json.writeStringField("fingerprint", entry.fingerprint());
                json.writeNumberField("count", entry.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string cannot fail", e);
        }
        return out + "\n";
    }

    public static void write(Baseline baseline, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(baseline), StandardCharsets.UTF_8);
    }

    private static InvalidConfigurationException problem(String path, SourcePosition position, String message) {
        return new InvalidConfigurationException(new ConfigurationProblem(path, position, message));
    }
}
