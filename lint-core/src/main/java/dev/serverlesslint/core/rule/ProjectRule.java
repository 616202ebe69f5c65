package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.model.ProjectModel;

/**
 * A rule that checks the project as a whole once per run (e.g. the size of its deployment
 * artifact, its dependencies) and reports in whichever file the finding belongs to.
 */
public interface ProjectRule extends Rule {

    void check(ProjectModel model, ProjectRuleContext context);
}
