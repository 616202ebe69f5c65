package dev.serverlesslint.rules.database;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.requestpath.HandlerDiscovery;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.rules.java.Names;
import dev.serverlesslint.rules.java.Imports;
import dev.serverlesslint.rules.java.VariableLookup;

import java.util.List;
import java.util.Optional;

/** SL111: a JDBC connection cached across invocations and used without a validity check. */
@RuleDefinition(
        id = "SL111",
        name = "cached-jdbc-connection",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.MEDIUM,
        summary = "A java.sql.Connection is kept in a static or handler field and reused without isValid() "
                + "or reconnect.",
        description = "Keeping the connection across invocations is the right idea, but between two "
                + "invocations the execution environment may be frozen for minutes: the database, a "
                + "NAT gateway or a proxy closes the idle TCP connection and the next invocation fails "
                + "on a dead connection. A null check or isClosed() does not notice this; only a "
                + "validity check or a reconnect on failure does.",
        remediation = "Check the connection with isValid(seconds) before use and reconnect when it "
                + "fails, or use a small validating pool (HikariCP with maximumPoolSize 1-2), and "
                + "consider RDS Proxy to absorb connection churn from many environments.")
public final class CachedJdbcConnectionRule implements JavaRule {

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!Imports.importsType(source.unit(), "java.sql", "Connection")
                || !context.model().lambdaModules().isDeployed(source.path())) {
            return;
        }
        List<MethodDeclaration> handlerMethods = HandlerDiscovery.handlerMethods(source, context.model().requestPaths());
        for (FieldDeclaration field : source.unit().findAll(FieldDeclaration.class)) {
            Optional<TypeDeclaration> owner = field.findAncestor(TypeDeclaration.class);
            if (owner.isEmpty() || !(field.isStatic() || isHandlerType(owner.get(), handlerMethods))) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                if (!VariableLookup.simpleName(variable.getType()).equals("Connection")) {
                    continue;
                }
                VariableLookup.Declaration declaration = VariableLookup.field(variable.getNameAsString(), variable)
                        .orElse(null);
                if (declaration == null || declaration.declaration() != variable) {
                    continue;
                }
                if (isOpenedHere(owner.get(), declaration) && !isValidated(owner.get(), declaration)) {
                    report(context, variable, field.isStatic());
                }
            }
        }
    }

    private static boolean isHandlerType(TypeDeclaration<?> type, List<MethodDeclaration> handlerMethods) {
        return handlerMethods.stream().anyMatch(method -> method.findAncestor(TypeDeclaration.class)
                .filter(owner -> owner == type).isPresent());
    }

    /** The field is given a connection opened in this class ({@code DriverManager/dataSource.getConnection}). */
    private static boolean isOpenedHere(TypeDeclaration<?> owner, VariableLookup.Declaration field) {
        if (field.initializer().filter(CachedJdbcConnectionRule::opensConnection).isPresent()) {
            return true;
        }
        return assignmentsTo(owner, field).stream().anyMatch(assign -> opensConnection(assign.getValue()));
    }

    /** A validity check on any connection of the class, or a reconnect when a statement fails. */
    private static boolean isValidated(TypeDeclaration<?> owner, VariableLookup.Declaration field) {
        boolean validityCheck = owner.findAll(MethodCallExpr.class).stream()
                .anyMatch(call -> call.getNameAsString().equals("isValid"));
        boolean reconnectOnFailure = assignmentsTo(owner, field).stream()
                .anyMatch(assign -> assign.findAncestor(CatchClause.class).isPresent()
                        && opensConnection(assign.getValue()));
        return validityCheck || reconnectOnFailure;
    }

    private static List<AssignExpr> assignmentsTo(TypeDeclaration<?> owner, VariableLookup.Declaration field) {
        return owner.findAll(AssignExpr.class).stream()
                .filter(assign -> VariableLookup.resolve(assign.getTarget())
                        .filter(d -> d.declaration() == field.declaration()).isPresent()
                        || isQualifiedReference(assign.getTarget(), owner, field))
                .toList();
    }

    /** {@code Handler.connection = ...} for a static field. */
    private static boolean isQualifiedReference(Expression target, TypeDeclaration<?> owner,
                                                VariableLookup.Declaration field) {
        return target.isFieldAccessExpr()
                && target.asFieldAccessExpr().getNameAsString().equals(field.name())
                && Names.lastName(target.asFieldAccessExpr().getScope()).equals(owner.getNameAsString());
    }

    private static boolean opensConnection(Expression value) {
        return value.findAll(MethodCallExpr.class).stream()
                .anyMatch(call -> call.getNameAsString().equals("getConnection"));
    }

    private static void report(RuleContext context, VariableDeclarator variable, boolean isStatic) {
        context.report(position(variable), "JDBC connection '" + variable.getNameAsString() + "' is kept in a "
                + (isStatic ? "static" : "handler") + " field and reused across invocations without isValid() "
                + "or a reconnect: after the environment is frozen or idle, the database or network may have "
                + "dropped it and the next request fails. Check connection.isValid(seconds) and reconnect, or "
                + "use a small validating pool (HikariCP, maximumPoolSize 1-2), ideally behind RDS Proxy.");
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
