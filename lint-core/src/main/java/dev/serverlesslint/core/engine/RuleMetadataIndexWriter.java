package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.rule.RuleMetadataIndex;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Build step (rules/pom.xml, {@code process-classes}): writes the {@link RuleMetadataIndex} of every rule on
 * the class path (the registered rules and the engine's own), read from their annotations.
 *
 * <p>Argument: the index file to write.
 */
public final class RuleMetadataIndexWriter {

    private RuleMetadataIndexWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RuleMetadataIndexWriter INDEX_FILE");
            System.exit(2);
        }
        SortedMap<String, RuleMetadata> byClassName = new TreeMap<>();
        for (Rule rule : RuleSet.discover(RuleMetadataIndexWriter.class.getClassLoader()).rules()) {
            byClassName.put(rule.getClass().getName(), RuleMetadata.fromAnnotation(rule.getClass()));
        }
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            RuleMetadataIndex.write(byClassName, out);
        }
    }
}
