package dev.serverlesslint.core.config;

/** The kinds of deployment configuration serverless-lint understands. */
public enum ConfigFormat {
    /** Serverless Framework: {@code service} + {@code provider}, functions under {@code functions}. */
    SERVERLESS,
    /** CloudFormation, including AWS SAM templates ({@code Transform: AWS::Serverless-...}). */
    CLOUDFORMATION;

    /** Recognises a configuration by its content, whatever the file is called; null if it is none. */
    static ConfigFormat detect(ConfigValue root) {
        if (!root.isMapping()) {
            return null;
        }
        if (root.get("service").isPresent() && root.get("provider").isMapping()) {
            return SERVERLESS;
        }
        if (root.get("AWSTemplateFormatVersion").isPresent() || hasAwsResources(root.get("Resources"))) {
            return CLOUDFORMATION;
        }
        ConfigValue transform = root.get("Transform");
        if (transform.isPresent() && transform.toString().contains("AWS::")) {
            return CLOUDFORMATION;
        }
        return null;
    }

    private static boolean hasAwsResources(ConfigValue resources) {
        return resources.entries().stream()
                .map(entry -> entry.value().get("Type").text().orElse(""))
                .anyMatch(type -> type.startsWith("AWS::"));
    }
}
