package dev.serverlesslint.core.engine;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleDefinition;

/** Minimal rules for engine tests: they prove a file was linted, or fail on purpose. */
final class TestRules {

    private TestRules() {
    }

    /** Reports every type declaration at its name: proves a Java file was parsed and checked. */
    @RuleDefinition(id = "SL900", name = "type-marker", severity = Severity.NOTE,
            summary = "Marks types.", description = "Test rule.", remediation = "None.")
    static final class TypeMarker implements JavaRule {
        @Override
        public void check(JavaSource source, RuleContext context) {
            for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
                type.getName().getBegin().ifPresent(p ->
                        context.report(new SourcePosition(p.line, p.column), "type " + type.getNameAsString()));
            }
        }
    }

    /** Reports every function key: proves a configuration file was parsed and modelled. */
    @RuleDefinition(id = "SL901", name = "function-marker", severity = Severity.NOTE,
            summary = "Marks functions.", description = "Test rule.", remediation = "None.")
    static final class FunctionMarker implements ConfigRule {
        @Override
        public void check(ConfigDocument document, RuleContext context) {
            for (LambdaFunction function : context.model().functionsOf(document)) {
                context.report(function.position(), "function " + function.name(), function.name());
            }
        }
    }

    /** Throws on files whose name contains "Boom": a rule bug must not stop the run. */
    @RuleDefinition(id = "SL902", name = "exploding-rule", severity = Severity.WARNING,
            summary = "Fails.", description = "Test rule.", remediation = "None.")
    static final class ExplodingRule implements JavaRule {
        @Override
        public void check(JavaSource source, RuleContext context) {
            if (source.path().contains("Boom")) {
                throw new IllegalStateException("rule bug");
            }
        }
    }
}
