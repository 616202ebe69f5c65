package dev.serverlesslint.rules.tmp;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.serverlesslint.core.java.JavaSymbols;

import java.util.Optional;
import java.util.Set;

/**
 * The file-system path an expression denotes, as far as it can be computed from the source:
 * string literals, concatenation, {@code Path.of}/{@code Paths.get}/{@code resolve},
 * {@code new File(..)}, {@code System.getProperty("java.io.tmpdir")} (which is {@code /tmp} on
 * Lambda), constants and local variables with an initializer. Unknown parts become {@code *}, and
 * such a path is not fixed.
 *
 * @param text  the path, e.g. {@code /tmp/model.bin} or {@code /tmp/*.json}
 * @param fixed whether every part is constant, so every invocation uses the same file
 */
record PathText(String text, boolean fixed) {

    private static final int MAX_DEPTH = 6;
    private static final Set<String> SAME_PATH = Set.of("toPath", "toFile", "toAbsolutePath", "normalize",
            "toString", "getPath", "getAbsolutePath", "getCanonicalPath", "getAbsoluteFile", "getCanonicalFile",
            "toRealPath");
    private static final PathText UNKNOWN_PART = new PathText("*", false);

    boolean isUnderTmp() {
        return text.equals("/tmp") || text.startsWith("/tmp/");
    }

    static Optional<PathText> of(Expression expression, JavaSymbols symbols) {
        return of(expression, symbols, 0);
    }

    /** Whether an expression is one this class can compute a path for (cheap pre-filter). */
    static boolean isCandidate(Expression expression) {
        return expression instanceof StringLiteralExpr || expression instanceof NameExpr
                || expression instanceof FieldAccessExpr || expression instanceof MethodCallExpr
                || expression instanceof ObjectCreationExpr || expression instanceof BinaryExpr;
    }

    private static Optional<PathText> of(Expression expression, JavaSymbols symbols, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof StringLiteralExpr literal) {
            return Optional.of(new PathText(literal.getValue(), true));
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return of(enclosed.getInner(), symbols, depth + 1);
        }
        if (expression instanceof CastExpr cast) {
            return of(cast.getExpression(), symbols, depth + 1);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return of(binary.getLeft(), symbols, depth + 1).map(left -> concat(left,
                    of(binary.getRight(), symbols, depth + 1).orElse(UNKNOWN_PART), ""));
        }
        if (expression instanceof NameExpr || expression instanceof FieldAccessExpr) {
            return variableValue(expression, symbols).flatMap(value -> of(value, symbols, depth + 1));
        }
        if (expression instanceof ObjectCreationExpr creation && creation.getType().getNameAsString().equals("File")) {
            return joined(creation.getArguments(), symbols, depth);
        }
        if (expression instanceof MethodCallExpr call) {
            return ofCall(call, symbols, depth);
        }
        return Optional.empty();
    }

    private static Optional<PathText> ofCall(MethodCallExpr call, JavaSymbols symbols, int depth) {
        String name = call.getNameAsString();
        String scope = call.getScope().map(Object::toString).orElse("");
        if (name.equals("getProperty") && scope.endsWith("System") && !call.getArguments().isEmpty()
                && call.getArgument(0) instanceof StringLiteralExpr key && key.getValue().equals("java.io.tmpdir")) {
            return Optional.of(new PathText("/tmp", true));
        }
        if ((name.equals("of") && scope.endsWith("Path")) || (name.equals("get") && scope.endsWith("Paths"))) {
            return joined(call.getArguments(), symbols, depth);
        }
        if ((name.equals("createTempFile") || name.equals("createTempDirectory"))
                && (scope.endsWith("Files") || scope.endsWith("File"))) {
            return Optional.of(new PathText("/tmp/*", false));
        }
        if (call.getScope().isEmpty()) {
            return Optional.empty();
        }
        if (name.equals("resolve") && call.getArguments().size() == 1) {
            return of(call.getScope().get(), symbols, depth + 1).map(base -> concat(base,
                    of(call.getArgument(0), symbols, depth + 1).orElse(UNKNOWN_PART), "/"));
        }
        if (SAME_PATH.contains(name) && call.getArguments().isEmpty()) {
            return of(call.getScope().get(), symbols, depth + 1);
        }
        return Optional.empty();
    }

    private static Optional<PathText> joined(NodeList<Expression> parts, JavaSymbols symbols, int depth) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Optional<PathText> first = of(parts.get(0), symbols, depth + 1);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        PathText result = first.get();
        for (int i = 1; i < parts.size(); i++) {
            result = concat(result, of(parts.get(i), symbols, depth + 1).orElse(UNKNOWN_PART), "/");
        }
        return Optional.of(result);
    }

    private static PathText concat(PathText left, PathText right, String separator) {
        String text = (left.text + separator + right.text).replaceAll("/{2,}", "/");
        return new PathText(text, left.fixed && right.fixed);
    }

    /** The initializer of a local variable or of a final field the expression names. */
    private static Optional<Expression> variableValue(Expression expression, JavaSymbols symbols) {
        if (expression instanceof NameExpr name) {
            Optional<JavaSymbols.LocalVariable> local = symbols.local(name.getNameAsString(), name);
            if (local.isPresent()) {
                return local.get().initializer();
            }
        }
        return symbols.field(expression)
                .filter(JavaSymbols.FieldRef::isFinal)
                .map(JavaSymbols.FieldRef::variable)
                .flatMap(VariableDeclarator::getInitializer);
    }
}
