package dev.serverlesslint.rules.handlers;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.model.FunctionCode;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.RelatedLocation;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.model.FunctionProperty;
import dev.serverlesslint.core.java.NodeKey;
import dev.serverlesslint.core.java.ProjectTypes;
import dev.serverlesslint.core.model.HandlerReference;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SL217: a configured Java handler names a class or method that the project's sources do not have. */
@RuleDefinition(
        id = "SL217",
        name = "handler-not-found",
        severity = Severity.ERROR,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A function's handler names a Java class or method that is not in the project's sources.",
        description = "The handler string is only checked when Lambda first runs the function: a typo in the "
                + "package, the class or the method name deploys fine and then fails every invocation with "
                + "ClassNotFoundException or NoSuchMethodException. The check runs only when Java sources are "
                + "in scope. A class in a package the project does not declare (a framework's handler, e.g. "
                + "Spring Cloud Function or Quarkus) is not reported, nor is a method that a base class outside "
                + "the project may provide.",
        remediation = "Make the handler match the code: 'package.Class::method' (or 'package.Class' for "
                + "handleRequest), with the class's exact package and case, and a method of that name in the "
                + "class or one of its superclasses.")
public final class HandlerNotFoundRule implements ConfigRule {

    /** Packages of frameworks that ship Lambda handler classes; never the project's own. */
    private static final List<String> LIBRARY_PACKAGES = List.of(
            "com.amazonaws.", "software.amazon.", "com.amazon.", "org.springframework.", "io.micronaut.",
            "io.quarkus.", "org.apache.", "io.github.", "com.google.");

    @Override
    public void check(ConfigDocument document, RuleContext context) {
        ProjectModel model = context.model();
        if (model.javaOutlines().isEmpty()) {
            return;
        }
        Set<String> projectPackages = model.javaPackages();
        HandlerMethodLookup methods = new HandlerMethodLookup(model.types());
        for (LambdaFunction function : model.functionsOf(document)) {
            if (!FunctionCode.builtFromSources(function)) {
                continue; // code from S3, an image, inline code, another runtime: nothing here can confirm or deny it
            }
            Optional<HandlerReference> reference = function.handler()
                    .flatMap(handler -> HandlerReference.parse(handler, function));
            if (reference.isEmpty()) {
                continue;
            }
            HandlerReference handler = reference.get();
            ConfigValue own = function.properties().get(function.keyFor(FunctionProperty.HANDLER));
            var position = own.isPresent() ? own.position() : function.position();
            String handlerText = function.handler().orElse("").trim();
            Optional<NodeKey> type = model.handlerTypeKey(handler);
            if (type.isEmpty()) {
                if (isProjectPackage(packageOf(handler.className()), projectPackages)) {
                    context.report(position, "Handler '" + handlerText + "' of function '" + function.name()
                            + "' names class " + handler.className() + ", which is not in the project's Java "
                            + "sources: every invocation would fail with ClassNotFoundException. Fix the package "
                            + "or class name (case matters).", function.name());
                }
                continue;
            }
            if (methods.find(type.get(), handler.methodName()) == HandlerMethodLookup.Result.MISSING) {
                context.report(position, "Handler '" + handlerText + "' of function '" + function.name()
                        + "' names method '" + handler.methodName() + "', but class " + handler.className()
                        + " and its superclasses declare no such method: every invocation would fail. Name a "
                        + "method of the class (" + HandlerReference.DEFAULT_METHOD + " when the handler names "
                        + "only the class).", function.name(), List.of(declaration(type.get(), model)));
            }
        }
    }

    /** Where the named class is declared, for reports to link to. */
    private static RelatedLocation declaration(NodeKey type, ProjectModel model) {
        ProjectTypes.TypeSummary summary = model.types().summary(type);
        return new RelatedLocation(type.path(), new SourcePosition(summary.nameLine(), summary.nameColumn()),
                "class " + summary.name());
    }

    private static String packageOf(String className) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        int dot = outer.lastIndexOf('.');
        return dot < 0 ? "" : outer.substring(0, dot);
    }

    /**
     * A package the project declares, or a sibling of one (same first two segments, e.g. a typo in the
     * last segment), unless it is a known framework's.
     */
    private static boolean isProjectPackage(String packageName, Set<String> projectPackages) {
        if (projectPackages.contains(packageName)) {
            return true;
        }
        if (LIBRARY_PACKAGES.stream().anyMatch(l -> (packageName + ".").startsWith(l))) {
            return false;
        }
        String root = rootOf(packageName);
        return root != null && projectPackages.stream().anyMatch(p -> root.equals(rootOf(p)));
    }

    private static String rootOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : null;
    }
}
