package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.report.ReportSettings;
import dev.serverlesslint.core.rule.RuleMetadata;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the rules: ID, default severity, name and what each finds, with the options it takes (for
 * {@code ruleOptions}) and its documentation page. The IDs and names are what {@code rules},
 * {@code disable}, {@code severities} and {@code ruleOptions} of the {@code check} goal accept.
 */
@Mojo(name = "list-rules", requiresProject = false, threadSafe = true)
public class ListRulesMojo extends AbstractMojo {

    @Override
    public void execute() throws MojoExecutionException {
        RuleSet rules;
        try {
            rules = RuleSet.discover(ListRulesMojo.class.getClassLoader());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("serverless-lint: cannot load the rules: " + e.getMessage(), e);
        }
        lines(rules).forEach(getLog()::info);
    }

    static List<String> lines(RuleSet rules) {
        ReportSettings links = ReportSettings.PLAIN;
        List<String> lines = new ArrayList<>();
        for (RuleMetadata rule : rules.metadata()) {
            lines.add(String.format("%s  %-7s  %-40s  %s", rule.id(), rule.defaultSeverity().label(), rule.name(),
                    rule.summary()));
            for (RuleMetadata.OptionSpec option : rule.options()) {
                lines.add("       option " + rule.id() + "." + option.name() + " (" + option.type().label()
                        + ", default " + option.defaultValue() + "): " + option.description());
            }
            lines.add("       " + links.ruleDocUrl(rule.id()));
        }
        return lines;
    }
}
