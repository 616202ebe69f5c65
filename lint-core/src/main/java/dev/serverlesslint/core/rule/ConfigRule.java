package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.config.ConfigDocument;

/** A rule that checks one deployment configuration file (serverless.yml, SAM or CloudFormation). */
public interface ConfigRule extends Rule {

    void check(ConfigDocument document, RuleContext context);
}
