package dev.serverlesslint.rules.state;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSymbols.FieldRef;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import dev.serverlesslint.core.requestpath.CallChain;

import java.util.Optional;
import java.util.Set;

/**
 * SL115: an object documented as not thread-safe, kept in a shared field and used on the request path of a
 * function on Lambda Managed Instances. The types are those whose Javadoc says instances are not safe for
 * concurrent use (SimpleDateFormat, DecimalFormat, MessageDigest, Cipher, Mac, JAXB Marshaller,
 * DocumentBuilder, Transformer, StringBuilder) and JDBC's Connection/Statement, which AWS's "Java runtime
 * for Lambda Managed Instances" page shows as "NOT SAFE" when shared. AWS SDK clients are thread-safe
 * (same page) and not listed; mutations of shared collections are SL114's.
 */
@RuleDefinition(
        id = "SL115",
        name = "thread-unsafe-shared-object",
        severity = Severity.ERROR,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.HIGH,
        summary = "A function on Lambda Managed Instances uses a shared object that is not thread-safe (SimpleDateFormat, MessageDigest, Cipher, a JDBC Connection...).",
        description = "On Lambda Managed Instances many requests run at once in one JVM and share static "
                + "fields and the handler object. Some JDK and library classes keep per-call state inside the "
                + "object and break under concurrent use: SimpleDateFormat and DecimalFormat return wrong "
                + "dates and numbers, MessageDigest, Cipher and Mac mix inputs, a JAXB Marshaller, "
                + "DocumentBuilder or Transformer fails or corrupts output, and a single java.sql.Connection "
                + "interleaves statements and transactions of different requests.",
        remediation = "Use a thread-safe replacement (DateTimeFormatter instead of SimpleDateFormat), create "
                + "the object per request (MessageDigest.getInstance, Cipher.getInstance are cheap), keep one "
                + "per thread (ThreadLocal.withInitial), or take a connection from a pool (DataSource) per "
                + "request. AWS SDK clients, ObjectMapper after configuration, HttpClient and DataSource are "
                + "thread-safe.")
public final class ThreadUnsafeSharedObjectRule implements JavaRule {

    /** Simple type names of objects not safe for concurrent use. */
    private static final Set<String> UNSAFE_TYPES = Set.of(
            "SimpleDateFormat", "DateFormat", "DecimalFormat", "NumberFormat", "MessageDigest", "Cipher", "Mac",
            "Connection", "Statement", "PreparedStatement", "CallableStatement", "Marshaller", "Unmarshaller",
            "DocumentBuilder", "Transformer", "StringBuilder");

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty() || FieldWrite.of(call, context.model().symbols()).isPresent()) {
                continue; // a mutating call on a shared collection or builder is SL114's finding
            }
            // the chain first: without Managed Instances there is none, and which objects are shared is not
            // asked (answering it looks at every file of the request-path model)
            Optional<CallChain> concurrent = context.model().requestPaths().concurrentChainTo(call);
            if (concurrent.isEmpty()) {
                continue;
            }
            context.model().symbols().field(scope.get())
                    .filter(field -> field.isStatic() || field.ownerType()
                            .filter(owner -> SharedObjects.isShared(owner, context.model())).isPresent())
                    .flatMap(field -> unsafeType(field).map(type -> new Use(field, type)))
                    .ifPresent(use -> concurrent.ifPresent(chain ->
                            context.report(position(call), chain.describe() + " calls " + use.field().name() + "."
                                    + call.getNameAsString() + "(..) on " + use.type() + " '" + use.field().name()
                                    + "', one object shared by all requests, while "
                                    + ConcurrentWrites.describeConcurrency(chain, context) + ": " + use.type()
                                    + " is not thread-safe. " + advice(use.type()),
                                    ConcurrentWrites.functionName(chain, context))));
        }
    }

    private record Use(FieldRef field, String type) {
    }

    private static Optional<String> unsafeType(FieldRef field) {
        Optional<String> declared = simpleName(field.type()).filter(UNSAFE_TYPES::contains);
        if (declared.isPresent()) {
            return declared;
        }
        return field.variable().getInitializer()
                .filter(ObjectCreationExpr.class::isInstance)
                .map(init -> ((ObjectCreationExpr) init).getType().getNameAsString())
                .filter(UNSAFE_TYPES::contains);
    }

    private static Optional<String> simpleName(Type type) {
        return type instanceof ClassOrInterfaceType classType ? Optional.of(classType.getNameAsString()) : Optional.empty();
    }

    private static String advice(String type) {
        return switch (type) {
            case "SimpleDateFormat", "DateFormat" -> "Use a java.time DateTimeFormatter (immutable) instead.";
            case "Connection", "Statement", "PreparedStatement", "CallableStatement" ->
                    "Take a connection from a pool (DataSource) for each request and close it when done.";
            case "StringBuilder" -> "Build strings in a local StringBuilder.";
            default -> "Create one per request, or keep one per thread with ThreadLocal.withInitial(..).";
        };
    }

    private static SourcePosition position(MethodCallExpr call) {
        return call.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
