package dev.serverlesslint.rules.snapstart;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.rules.java.Names;
import dev.serverlesslint.rules.java.HandlerFunctions;
import dev.serverlesslint.rules.java.VariableLookup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** SL113: randomness or timestamps captured during init in a SnapStart function. */
@RuleDefinition(
        id = "SL113",
        name = "snapstart-unsafe-state",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A SnapStart function captures random generators, unique IDs or timestamps during init.",
        description = "With SnapStart, Lambda runs the init phase once, snapshots the memory, and starts "
                + "every new execution environment from that snapshot. A Random or SecureRandom seeded "
                + "during init, a UUID or a timestamp stored in a static or handler field is therefore "
                + "identical in all environments: 'unique' IDs collide, random sequences repeat, and "
                + "start times are wrong by hours.",
        remediation = "Generate the value on the request path, or re-create it after restore in a CRaC "
                + "hook: implement org.crac.Resource, register it with Core.getGlobalContext(), and "
                + "re-seed or re-assign the field in afterRestore().")
public final class SnapStartUnsafeStateRule implements JavaRule {

    private static final Set<String> UNSAFE_CONSTRUCTORS = Set.of("Random", "SecureRandom", "SplittableRandom");
    private static final Map<String, Set<String>> UNSAFE_CALLS = Map.of(
            "UUID", Set.of("randomUUID"),
            "SecureRandom", Set.of("getInstance", "getInstanceStrong"),
            "System", Set.of("currentTimeMillis", "nanoTime"),
            "Instant", Set.of("now"),
            "LocalDateTime", Set.of("now"),
            "LocalDate", Set.of("now"),
            "LocalTime", Set.of("now"),
            "ZonedDateTime", Set.of("now"),
            "OffsetDateTime", Set.of("now"));

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (context.model().handlerReferences().isEmpty()) {
            return; // SnapStart is a configuration setting: without configuration the rule cannot apply
        }
        if (context.model().functions().stream()
                .noneMatch(function -> function.snapStart().orElse(false))) {
            return; // no function has it on (asking which functions a type serves may parse every handler class)
        }
        for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
            List<LambdaFunction> functions = HandlerFunctions.of(type, context.model()).stream()
                    .filter(function -> function.snapStart().orElse(false))
                    .toList();
            if (!functions.isEmpty()) {
                checkType(type, functions, context);
            }
        }
    }

    private static void checkType(TypeDeclaration<?> type, List<LambdaFunction> functions, RuleContext context) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    variable.getInitializer().ifPresent(initializer -> unsafeValues(initializer).forEach(value ->
                            check(type, variable, field.isStatic(), value, functions, context)));
                }
            } else if (member instanceof InitializerDeclaration || member instanceof ConstructorDeclaration) {
                for (AssignExpr assign : member.findAll(AssignExpr.class)) {
                    Optional<VariableLookup.Declaration> target = VariableLookup.resolve(assign.getTarget())
                            .filter(VariableLookup.Declaration::field);
                    if (target.isPresent() && target.get().declaration() instanceof VariableDeclarator variable) {
                        unsafeValues(assign.getValue()).forEach(value ->
                                check(type, variable, target.get().staticField(), value, functions, context));
                    }
                }
            }
        }
    }

    private static void check(TypeDeclaration<?> type, VariableDeclarator field, boolean isStatic, Expression value,
                              List<LambdaFunction> functions, RuleContext context) {
        if (isRestoredAfterSnapshot(type, field)) {
            return;
        }
        String names = functions.stream().map(f -> "'" + f.name() + "'").collect(Collectors.joining(", "));
        context.report(position(value), "SnapStart is enabled for " + (functions.size() == 1 ? "function " : "functions ")
                + names + ": " + describe(value) + " is evaluated during init and kept in "
                + (isStatic ? "static " : "") + "field '" + field.getNameAsString() + "', so every environment "
                + "restored from the snapshot shares the same value (or random seed). Create it on the request path, or "
                + "re-create it in a CRaC afterRestore() hook (org.crac.Resource).", functions.get(0).name());
    }

    /** Randomness and clock reads in an initializer, outside lambdas and anonymous classes that run later. */
    private static List<Expression> unsafeValues(Expression initializer) {
        return initializer.findAll(Expression.class, SnapStartUnsafeStateRule::isUnsafe).stream()
                .filter(value -> !runsLater(value, initializer))
                .toList();
    }

    private static boolean isUnsafe(Expression expression) {
        if (expression instanceof ObjectCreationExpr creation) {
            String type = creation.getType().getNameAsString();
            return UNSAFE_CONSTRUCTORS.contains(type) || (type.equals("Date") && creation.getArguments().isEmpty());
        }
        if (expression instanceof MethodCallExpr call && call.getScope().orElse(null) instanceof NameExpr scope) {
            return UNSAFE_CALLS.getOrDefault(scope.getNameAsString(), Set.of()).contains(call.getNameAsString());
        }
        return false;
    }

    private static boolean runsLater(Expression value, Expression initializer) {
        Optional<Node> current = value.getParentNode();
        while (current.isPresent() && current.get() != initializer.getParentNode().orElse(null)) {
            Node node = current.get();
            if (node instanceof LambdaExpr || node instanceof MethodReferenceExpr
                    || (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent())) {
                return true;
            }
            current = node.getParentNode();
        }
        return false;
    }

    /** A CRaC {@code afterRestore} hook of the class assigns the field again or re-seeds it. */
    private static boolean isRestoredAfterSnapshot(TypeDeclaration<?> type, VariableDeclarator field) {
        for (MethodDeclaration hook : type.getMethodsByName("afterRestore")) {
            boolean reassigned = hook.findAll(AssignExpr.class).stream().anyMatch(assign -> VariableLookup
                    .resolve(assign.getTarget()).filter(d -> d.declaration() == field).isPresent());
            boolean reseeded = hook.findAll(MethodCallExpr.class).stream().anyMatch(call -> call.getScope()
                    .flatMap(VariableLookup::resolve).filter(d -> d.declaration() == field).isPresent());
            if (reassigned || reseeded) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Expression value) {
        if (value instanceof ObjectCreationExpr creation) {
            return "new " + creation.getType().getNameAsString() + "()";
        }
        MethodCallExpr call = (MethodCallExpr) value;
        return call.getScope().map(Names::lastName).orElse("") + "." + call.getNameAsString() + "()";
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
