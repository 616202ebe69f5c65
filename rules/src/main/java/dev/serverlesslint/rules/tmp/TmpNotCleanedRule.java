package dev.serverlesslint.rules.tmp;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.requestpath.CallChain;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SL105: a file created under /tmp on the request path and not deleted in the method that creates
 * it: temporary files, and writes to paths that vary per invocation ({@code "/tmp/" + key}). A
 * write to a fully constant path is not reported: every invocation overwrites the same file. A created file that leaves the method (returned, stored in a field) is the caller's to
 * delete and is not reported; a call whose name says it deletes or cleans up and that receives the
 * file counts as deleting it.
 */
@RuleDefinition(
        id = "SL105",
        name = "tmp-not-cleaned",
        severity = Severity.WARNING,
        category = RuleCategory.RELIABILITY,
        precision = RulePrecision.MEDIUM,
        summary = "A file is created under /tmp on the request path and not deleted on that path.",
        description = "/tmp (512 MB by default, up to 10 GB) is kept for as long as Lambda reuses the "
                + "execution environment, and the JVM does not exit between invocations, so "
                + "deleteOnExit() never runs. Files created per request pile up until writes fail "
                + "with 'No space left on device', and data from one request stays readable by later ones.",
        remediation = "Delete the file before the handler returns, in a finally block "
                + "(Files.deleteIfExists) or with try-with-resources and StandardOpenOption.DELETE_ON_CLOSE; "
                + "stream data instead of staging it in /tmp when you can.")
public final class TmpNotCleanedRule implements JavaRule {

    private static final Set<String> FILES_WRITES = Set.of("write", "writeString", "newOutputStream",
            "newBufferedWriter", "createFile", "copy");
    /** Library calls that write a file argument: Jackson, commons-io, ImageIO. */
    private static final Set<String> LIBRARY_WRITES = Set.of("writeValue", "writeStringToFile",
            "writeByteArrayToFile", "writeLines", "copyInputStreamToFile", "copyURLToFile", "copyToFile");
    private static final Set<String> SAME_FILE = Set.of("toPath", "toFile", "toAbsolutePath", "normalize",
            "getAbsoluteFile", "getCanonicalFile", "getPath", "getAbsolutePath", "getCanonicalPath", "toString");
    private static final Set<String> WRITER_TYPES = Set.of("FileOutputStream", "FileWriter", "PrintWriter",
            "RandomAccessFile", "PrintStream");

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        JavaSymbols symbols = context.model().symbols();
        Set<String> reported = new HashSet<>();
        source.unit().walk(Expression.class, expression -> creation(expression, symbols).ifPresent(created -> {
            Optional<CallChain> chain = context.model().requestPaths().chainTo(expression);
            Optional<CallableDeclaration> method = expression.findAncestor(CallableDeclaration.class);
            if (chain.isEmpty() || method.isEmpty() || escapes(created, method.get())) {
                return;
            }
            if (isDeleted(created, method.get(), symbols)) {
                return;
            }
            String key = System.identityHashCode(method.get()) + ":" + created.identity().orElse(created.description());
            if (!reported.add(key)) {
                return;
            }
            boolean onExit = created.identity().filter(name -> callsOn(method.get(), name, "deleteOnExit")).isPresent();
            context.report(position(expression), chain.get().describe() + " -> " + created.description()
                    + " creates a file in /tmp that is not deleted on this path"
                    + (onExit ? " (deleteOnExit() does not count: the JVM does not exit between invocations)" : "")
                    + ". /tmp is kept while the environment is reused, so files pile up until writes fail with "
                    + "'No space left on device'. Delete it in a finally block (Files.deleteIfExists) or open "
                    + "it with DELETE_ON_CLOSE.");
        }));
    }

    /**
     * A created file: what created it (for messages), the local variable holding it (if any), and
     * its path when known.
     */
    private record Created(Expression expression, String description, Optional<String> identity, Optional<PathText> path) {
    }

    private static Optional<Created> creation(Expression expression, JavaSymbols symbols) {
        if (expression instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            String scope = scopeName(call);
            if ((name.equals("createTempFile") || name.equals("createTempDirectory"))
                    && (scope.endsWith("Files") || scope.endsWith("File"))) {
                return Optional.of(new Created(call, (scope.endsWith("Files") ? "Files." : "File.") + name + "()",
                        heldBy(call), Optional.empty()));
            }
            if (scope.endsWith("Files") && FILES_WRITES.contains(name) && !call.getArguments().isEmpty()) {
                Expression target = name.equals("copy") ? call.getArguments().getLast().orElseThrow() : call.getArgument(0);
                return written(call, target, "Files." + name + "()", symbols);
            }
            if (LIBRARY_WRITES.contains(name)) {
                for (Expression argument : call.getArguments()) {
                    Optional<Created> written = written(call, argument, name + "()", symbols);
                    if (written.isPresent()) {
                        return written;
                    }
                }
            }
            if (name.equals("createNewFile") && call.getScope().isPresent()) {
                return written(call, call.getScope().get(), "createNewFile()", symbols);
            }
        }
        if (expression instanceof ObjectCreationExpr creation && WRITER_TYPES.contains(creation.getType().getNameAsString())
                && !creation.getArguments().isEmpty()) {
            if (creation.getType().getNameAsString().equals("RandomAccessFile")
                    && !creation.getArguments().getLast().map(Object::toString).orElse("").contains("w")) {
                return Optional.empty();
            }
            return written(creation, creation.getArgument(0), "new " + creation.getType().getNameAsString() + "()", symbols);
        }
        return Optional.empty();
    }

    /** A write to a path under /tmp, unless the path is a temp file created (and so checked) elsewhere. */
    private static Optional<Created> written(Expression call, Expression target, String description, JavaSymbols symbols) {
        // A fully constant path is the same file on every invocation: it is overwritten, not piled up
        // (and if a later invocation reads it back, SL104 reports that).
        Optional<PathText> path = PathText.of(target, symbols).filter(PathText::isUnderTmp).filter(p -> !p.fixed());
        if (path.isEmpty() || isTempFileVariable(target, symbols)) {
            return Optional.empty();
        }
        Expression base = baseVariable(target);
        Optional<String> identity = base instanceof NameExpr name ? Optional.of(name.getNameAsString()) : Optional.empty();
        return Optional.of(new Created(call, description + " on " + path.get().text(), identity, path));
    }

    /** {@code file} in {@code file.toPath()}, {@code path.toFile()}, {@code path.toAbsolutePath()}. */
    private static Expression baseVariable(Expression target) {
        Expression current = target;
        while (current instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()
                && SAME_FILE.contains(call.getNameAsString())) {
            current = call.getScope().get();
        }
        return current;
    }

    private static boolean isTempFileVariable(Expression target, JavaSymbols symbols) {
        if (!(baseVariable(target) instanceof NameExpr name)) {
            return false;
        }
        return symbols.local(name.getNameAsString(), name)
                .flatMap(JavaSymbols.LocalVariable::initializer)
                .filter(init -> init instanceof MethodCallExpr call
                        && (call.getNameAsString().equals("createTempFile") || call.getNameAsString().equals("createTempDirectory")))
                .isPresent();
    }

    /** The local variable a creation is assigned to: {@code Path tmp = Files.createTempFile(..)}. */
    private static Optional<String> heldBy(Expression creation) {
        Node parent = creation.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator declarator) {
            return Optional.of(declarator.getNameAsString());
        }
        if (parent instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        return Optional.empty();
    }

    /** The file leaves the method: returned, stored in a field, or the creation itself is returned. */
    private static boolean escapes(Created created, CallableDeclaration<?> method) {
        Node parent = created.expression().getParentNode().orElse(null);
        if (parent instanceof ReturnStmt) {
            return true;
        }
        if (parent instanceof AssignExpr assign && !(assign.getTarget() instanceof NameExpr)) {
            return true;
        }
        if (created.identity().isEmpty()) {
            return false;
        }
        String name = created.identity().get();
        for (NameExpr use : method.findAll(NameExpr.class)) {
            if (!use.getNameAsString().equals(name)) {
                continue;
            }
            Node useParent = use.getParentNode().orElse(null);
            if (useParent instanceof ReturnStmt) {
                return true;
            }
            if (useParent instanceof AssignExpr assign && assign.getValue() == use
                    && (assign.getTarget() instanceof FieldAccessExpr || !(assign.getTarget() instanceof NameExpr))) {
                return true;
            }
            if (useParent instanceof AssignExpr assign && assign.getValue() == use && assign.getTarget() instanceof NameExpr) {
                return true; // aliased: too hard to follow
            }
        }
        return false;
    }

    private static boolean isDeleted(Created created, CallableDeclaration<?> method, JavaSymbols symbols) {
        if (method.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals("DELETE_ON_CLOSE"))
                || method.findAll(FieldAccessExpr.class).stream().anyMatch(f -> f.getNameAsString().equals("DELETE_ON_CLOSE"))) {
            return true;
        }
        if (method.findAll(MethodReferenceExpr.class).stream().anyMatch(r -> isDeleteName(r.getIdentifier()))) {
            return true;
        }
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            if (isDeleteName(call.getNameAsString()) && refersTo(call, created, symbols)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDeleteName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.equals("deleteonexit")
                && (lower.contains("delete") || lower.contains("clean") || lower.contains("purge")
                || lower.equals("remove") || lower.startsWith("remove"));
    }

    /** The delete call mentions the created file's variable, or a path equal to / containing it. */
    private static boolean refersTo(MethodCallExpr call, Created created, JavaSymbols symbols) {
        if (created.identity().isPresent()) {
            String name = created.identity().get();
            if (call.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name))) {
                return true;
            }
        }
        if (created.path().isEmpty()) {
            return false;
        }
        String createdText = created.path().get().text();
        for (Expression part : call.findAll(Expression.class)) {
            if (part == call || !PathText.isCandidate(part)) {
                continue;
            }
            Optional<PathText> deleted = PathText.of(part, symbols);
            if (deleted.isPresent() && deleted.get().isUnderTmp() && deleted.get().text().length() > "/tmp".length()
                    && (createdText.equals(deleted.get().text()) || createdText.startsWith(deleted.get().text() + "/"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The call's scope when it is a name ({@code Files}, {@code java.nio.file.Files}), else empty. Only
     * names are printed: printing any scope made a 20,000-call chain quadratic (each call printed the
     * whole chain before it).
     */
    private static String scopeName(MethodCallExpr call) {
        Expression scope = call.getScope().orElse(null);
        Expression leftmost = scope;
        while (leftmost instanceof FieldAccessExpr access) {
            leftmost = access.getScope();
        }
        return leftmost instanceof NameExpr ? scope.toString() : "";
    }

    private static boolean callsOn(Node method, String variable, String methodName) {
        return method.findAll(MethodCallExpr.class).stream().anyMatch(c -> c.getNameAsString().equals(methodName)
                && c.getScope().filter(s -> s.toString().startsWith(variable)).isPresent());
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
