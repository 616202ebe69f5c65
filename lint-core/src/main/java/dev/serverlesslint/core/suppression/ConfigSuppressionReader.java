package dev.serverlesslint.core.suppression;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.location.CodeRegion;
import dev.serverlesslint.core.location.FileRegions;
import dev.serverlesslint.core.location.SourceLines;
import dev.serverlesslint.core.source.SourceKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Configuration suppressions: YAML comments {@code # serverless-lint:ignore SL205 -- reason} (on the
 * line above or at the end of the line; on a function's or resource's key they cover all of it) and
 * CloudFormation resource metadata {@code Metadata: { serverless-lint: { ignore: [SL205] } } }.
 */
final class ConfigSuppressionReader {

    private static final String COMMENT_EXAMPLE = "# serverless-lint:ignore SL205 -- reason";
    private static final String METADATA_EXAMPLE = "Metadata: { serverless-lint: { ignore: [SL205] } }";

    private ConfigSuppressionReader() {
    }

    static void read(ConfigDocument document, SourceLines lines, FileRegions regions, SuppressionCollector collector) {
        if (document.file().kind() == SourceKind.YAML) {
            readComments(document, lines, regions, collector);
        }
        readResourceMetadata(document, regions, collector);
    }

    private static void readComments(ConfigDocument document, SourceLines lines, FileRegions regions,
                                     SuppressionCollector collector) {
        for (int number = 1; number <= lines.count(); number++) {
            String line = lines.line(number);
            int hash = commentStart(line);
            if (hash < 0) {
                continue;
            }
            DirectiveComment directive = DirectiveComment.parse(line.substring(hash + 1)).orElse(null);
            if (directive == null) {
                continue;
            }
            SourcePosition at = new SourcePosition(number, hash + 1);
            if (!directive.verb().equals("ignore")) {
                collector.problem(document.path(), at, "Unknown suppression 'serverless-lint:" + directive.verb()
                        + "'; in YAML write '" + COMMENT_EXAMPLE + "' on the line above or at the end of the line.");
                continue;
            }
            boolean trailing = !line.substring(0, hash).isBlank();
            int target = trailing ? number : lines.nextCodeLine(number, List.of("#"));
            Optional<CodeRegion> whole = target == 0 ? Optional.empty() : regions.functionOrResourceStartingAt(target);
            if (whole.isPresent()) {
                collector.add(directive.ruleIds(), document.path(), at, whole.get().firstLine(),
                        whole.get().lastLine(), whole.get().logicalName(), "ignore comment", COMMENT_EXAMPLE);
            } else {
                collector.add(directive.ruleIds(), document.path(), at, target, target == 0 ? -1 : target, null,
                        "ignore comment", COMMENT_EXAMPLE);
            }
        }
    }

    /** Index of the {@code #} that starts a comment on this line, or -1 (quotes are respected). */
    static int commentStart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                if (i == 0 || " \t:[{,-".indexOf(line.charAt(i - 1)) >= 0) {
                    quote = c;
                }
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static void readResourceMetadata(ConfigDocument document, FileRegions regions,
                                             SuppressionCollector collector) {
        for (CodeRegion region : regions.all()) {
            if (region.kind() != CodeRegion.Kind.RESOURCE) {
                continue;
            }
            ConfigValue resources = region.name().startsWith("resources.")
                    ? document.root().at("resources", "Resources")
                    : document.root().get("Resources");
            ConfigValue settings = resources.get(region.logicalName()).at("Metadata", "serverless-lint");
            if (settings.isMissing()) {
                continue;
            }
            if (!settings.isMapping()) {
                collector.problem(document.path(), settings.position(), "Metadata 'serverless-lint' of resource '"
                        + region.logicalName() + "' must be a mapping with an 'ignore' list, e.g. "
                        + METADATA_EXAMPLE + ".");
                continue;
            }
            for (ConfigValue.Entry entry : settings.entries()) {
                if (!entry.name().equals("ignore") && !entry.name().equals("reason")) {
                    collector.problem(document.path(), entry.key().position(), "Unknown key '" + entry.name()
                            + "' in the 'serverless-lint' metadata of resource '" + region.logicalName()
                            + "'; only 'ignore' (a list of rule IDs) and 'reason' are read.");
                }
            }
            ConfigValue ignore = settings.get("ignore");
            List<ConfigValue> items = ignore.isSequence() ? ignore.items() : List.of(ignore);
            List<ConfigValue> ids = new ArrayList<>();
            for (ConfigValue item : items) {
                if (item.isScalar() && item.text().isPresent()) {
                    ids.add(item);
                }
            }
            if (ids.isEmpty()) {
                SourcePosition at = ignore.isPresent() ? ignore.position() : settings.position();
                collector.add(List.of(), document.path(), at, 0, -1, null, "serverless-lint resource metadata",
                        METADATA_EXAMPLE);
                continue;
            }
            for (ConfigValue id : ids) {
                List<String> split = Arrays.stream(id.text().orElse("").split("[\\s,]+"))
                        .filter(s -> !s.isEmpty()).toList();
                collector.add(split, document.path(), id.position(), region.firstLine(), region.lastLine(),
                        region.logicalName(), "serverless-lint resource metadata", METADATA_EXAMPLE);
            }
        }
    }
}
