package dev.serverlesslint.core.config;

import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceKind;
import dev.serverlesslint.core.source.SourceText;

import java.util.List;

/**
 * Reads YAML and JSON files and keeps those that are deployment configurations. A file that is
 * clearly meant to be one (by name, or by content markers) and cannot be parsed is a failure
 * (SL000); other unparsable YAML/JSON (CI workflows, package.json...) is none of our business.
 */
public final class ConfigLoader {

    private final int maxCodePoints;

    public ConfigLoader(int maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
    }

    public ParseOutcome<ConfigDocument> load(SourceFile file, SourceText text) {
        boolean namedAsConfig = isConfigFileName(file);
        if (!namedAsConfig && !mentionsConfigMarkers(text.content())) {
            return ParseOutcome.ignored(); // cheap pre-filter: most YAML/JSON in a repo is not ours
        }
        List<DuplicateKey> duplicateKeys;
        ConfigValue root;
        try {
            if (file.kind() == SourceKind.JSON) {
                JsonTreeReader reader = new JsonTreeReader();
                root = reader.read(text.content());
                duplicateKeys = reader.duplicateKeys();
            } else {
                YamlTreeReader reader = new YamlTreeReader();
                root = reader.read(text.content(), maxCodePoints).stream()
                        .filter(document -> ConfigFormat.detect(document) != null)
                        .findFirst()
                        .orElse(ConfigValue.MISSING);
                duplicateKeys = reader.duplicateKeys();
            }
        } catch (ConfigSyntaxException e) {
            return ParseOutcome.failed(file, e.position(), e.getMessage());
        }
        ConfigFormat format = ConfigFormat.detect(root);
        if (format == null) {
            return ParseOutcome.ignored();
        }
        return ParseOutcome.parsed(new ConfigDocument(file, format, root, List.copyOf(duplicateKeys), text.content()));
    }

    /** Named like a deployment configuration: serverless.*, template.*, sam.*, *.template.*. */
    public static boolean isConfigFileName(SourceFile file) {
        String name = file.lowerCaseName();
        return name.startsWith("serverless.") || name.startsWith("template.") || name.startsWith("sam.")
                || name.contains(".template.");
    }

    private static boolean mentionsConfigMarkers(String text) {
        return text.contains("AWS::") || text.contains("AWSTemplateFormatVersion")
                || (text.contains("provider") && text.contains("service"));
    }

}
