package dev.serverlesslint.core.config;

import dev.serverlesslint.core.source.SourceFile;

import java.util.List;

/**
 * A deployment configuration file: its format, its tree, the duplicate keys met while reading it,
 * and its text (for suppression comments).
 */
public record ConfigDocument(
        SourceFile file,
        ConfigFormat format,
        ConfigValue root,
        List<DuplicateKey> duplicateKeys,
        String text) {

    public String path() {
        return file.relativePath();
    }

    /** An AWS SAM template: CloudFormation with the {@code AWS::Serverless} transform. */
    public boolean isSam() {
        if (format != ConfigFormat.CLOUDFORMATION) {
            return false;
        }
        ConfigValue transform = root.get("Transform");
        if (transform.isSequence()) {
            return transform.items().stream().anyMatch(t -> t.text().orElse("").startsWith("AWS::Serverless"));
        }
        return transform.text().orElse("").startsWith("AWS::Serverless")
                || root.get("Resources").entries().stream()
                        .anyMatch(e -> e.value().get("Type").text().orElse("").startsWith("AWS::Serverless::"));
    }
}
