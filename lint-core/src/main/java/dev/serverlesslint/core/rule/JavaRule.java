package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.java.JavaSource;

/** A rule that checks one parsed Java source file, with the project model available for context. */
public interface JavaRule extends Rule {

    void check(JavaSource source, RuleContext context);
}
