package dev.serverlesslint.core.config;

import java.util.List;

/**
 * Public entry point to the safe YAML and JSON readers, for files serverless-lint reads about itself
 * ({@code .serverless-lint.yml}, the baseline) rather than about the linted project. Same limits and
 * the same {@code SafeConstructor}-free composition as project files; positions are kept so that
 * problems are reported with their line.
 */
public final class ConfigTrees {

    /** A parsed document and the keys that repeat in it. */
    public record Tree(ConfigValue root, List<DuplicateKey> duplicateKeys) {
    }

    private ConfigTrees() {
    }

    /** The first document of a YAML stream; {@link ConfigValue#MISSING} for an empty one. */
    public static Tree readYaml(String text, int maxCodePoints) throws ConfigSyntaxException {
        YamlTreeReader reader = new YamlTreeReader();
        List<ConfigValue> documents = reader.read(text, maxCodePoints);
        return new Tree(documents.isEmpty() ? ConfigValue.MISSING : documents.get(0),
                List.copyOf(reader.duplicateKeys()));
    }

    public static Tree readJson(String text) throws ConfigSyntaxException {
        JsonTreeReader reader = new JsonTreeReader();
        ConfigValue root = reader.read(text);
        return new Tree(root, List.copyOf(reader.duplicateKeys()));
    }
}
