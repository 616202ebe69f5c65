package dev.serverlesslint.rules.tmp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSymbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A use of a path under /tmp in a file, classified by what the code does with it.
 *
 * @param expression the outermost expression denoting the path (not its parts)
 * @param path       the path
 * @param kind       read, existence check, or anything else (write, create, delete, hand over)
 * @param method     the enclosing method or constructor, if any
 */
record TmpPathUse(Expression expression, PathText path, Kind kind, Optional<CallableDeclaration> method) {

    enum Kind { READ, EXISTS, OTHER }

    private static final Set<String> FILES_READS = Set.of("readString", "readAllBytes", "readAllLines", "lines",
            "newInputStream", "newBufferedReader", "size", "getLastModifiedTime", "readAttributes");
    private static final Set<String> FILES_EXISTS = Set.of("exists", "notExists", "isRegularFile", "isReadable",
            "isDirectory");
    private static final Set<String> FILE_EXISTS = Set.of("exists", "isFile", "isDirectory");
    private static final Set<String> FILE_READS = Set.of("canRead", "length", "lastModified", "listFiles", "list");
    private static final Set<String> READER_TYPES = Set.of("FileInputStream", "FileReader", "Scanner");
    private static final Set<String> PATH_BUILDERS = Set.of("toPath", "toFile", "toAbsolutePath", "normalize",
            "toString", "getPath", "getAbsolutePath", "getCanonicalPath", "getAbsoluteFile", "getCanonicalFile",
            "toRealPath", "resolve", "of", "get");

    /** Every use of a /tmp path in the file; empty quickly when the file never mentions /tmp. */
    static List<TmpPathUse> in(JavaSource source, JavaSymbols symbols) {
        boolean mentionsTmp = source.unit().findAll(StringLiteralExpr.class).stream()
                .anyMatch(s -> s.getValue().startsWith("/tmp") || s.getValue().equals("java.io.tmpdir"));
        List<TmpPathUse> uses = new ArrayList<>();
        if (!mentionsTmp) {
            return uses;
        }
        source.unit().walk(Expression.class, expression -> {
            if (!PathText.isCandidate(expression) || isPartOfLargerPath(expression) || isDefinition(expression)) {
                return;
            }
            PathText.of(expression, symbols).filter(PathText::isUnderTmp).ifPresent(path -> uses.add(
                    new TmpPathUse(expression, path, kindOf(expression),
                            expression.findAncestor(CallableDeclaration.class))));
        });
        return uses;
    }

    /** The expression is a piece of a path expression around it ({@code "/tmp/" + name}, {@code Path.of("/tmp", x)}). */
    private static boolean isPartOfLargerPath(Expression expression) {
        Node parent = expression.getParentNode().orElse(null);
        if (parent instanceof BinaryExpr || parent instanceof EnclosedExpr || parent instanceof CastExpr) {
            return true;
        }
        if (parent instanceof ObjectCreationExpr creation && creation.getType().getNameAsString().equals("File")) {
            return true;
        }
        if (parent instanceof MethodCallExpr call && PATH_BUILDERS.contains(call.getNameAsString())) {
            String scope = call.getScope().map(Object::toString).orElse("");
            boolean isScope = call.getScope().filter(s -> s == expression).isPresent();
            return isScope || call.getNameAsString().equals("resolve") || scope.endsWith("Path") || scope.endsWith("Paths");
        }
        return false;
    }

    /** {@code Path p = Path.of("/tmp/x")} or a field initializer: defines a name; its uses are what count. */
    private static boolean isDefinition(Expression expression) {
        Node parent = expression.getParentNode().orElse(null);
        return parent instanceof VariableDeclarator
                || (parent instanceof AssignExpr assign && assign.getValue() == expression);
    }

    private static Kind kindOf(Expression expression) {
        Node parent = expression.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            boolean isScope = call.getScope().filter(s -> s == expression).isPresent();
            if (isScope) {
                return FILE_EXISTS.contains(name) ? Kind.EXISTS : FILE_READS.contains(name) ? Kind.READ : Kind.OTHER;
            }
            if (call.getScope().map(Object::toString).orElse("").endsWith("Files")) {
                if (FILES_EXISTS.contains(name)) {
                    return Kind.EXISTS;
                }
                if (FILES_READS.contains(name)
                        || (name.equals("copy") && call.getArguments().size() == 2 && call.getArgument(0) == expression
                        && !(call.getArgument(1) instanceof MethodCallExpr))) {
                    return Kind.READ;
                }
            }
            return Kind.OTHER;
        }
        if (parent instanceof ObjectCreationExpr creation && READER_TYPES.contains(creation.getType().getNameAsString())) {
            return Kind.READ;
        }
        return Kind.OTHER;
    }

    int line() {
        return expression.getBegin().map(p -> p.line).orElse(0);
    }
}
