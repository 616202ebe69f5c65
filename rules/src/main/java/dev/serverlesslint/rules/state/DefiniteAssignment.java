package dev.serverlesslint.rules.state;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;

import java.util.List;

/**
 * Definite assignment of a field in a method body, in the sense of JLS chapter 16 restricted to
 * the statements that matter here: every path from the method's entry assigns the field before
 * anything reads it, through blocks, {@code if}/{@code else}, {@code switch} with a {@code default},
 * and {@code try} (the try block and every catch, or the finally block). Such a field is a
 * per-request local in disguise: whatever the previous invocation left in it is never seen.
 */
final class DefiniteAssignment {

    private final String field;

    private DefiniteAssignment(String field) {
        this.field = field;
    }

    /**
     * Whether {@code body}'s top-level statement that contains {@code write} assigns {@code field} on
     * every path, and neither it nor any statement before it reads the field.
     */
    static boolean assignedBeforeRead(BlockStmt body, Node write, String field) {
        DefiniteAssignment analysis = new DefiniteAssignment(field);
        for (Statement statement : body.getStatements()) {
            boolean containsWrite = write.findAncestor(Statement.class, s -> s == statement).isPresent();
            if (analysis.reads(statement)) {
                return false;
            }
            if (containsWrite) {
                return analysis.assigns(statement);
            }
        }
        return false;
    }

    /** Every normal completion of {@code statement} has assigned the field (a path that exits counts). */
    private boolean assigns(Statement statement) {
        if (statement instanceof ExpressionStmt expression) {
            return isAssignment(expression.getExpression());
        }
        if (statement instanceof ReturnStmt || statement instanceof ThrowStmt) {
            return true;
        }
        if (statement instanceof BlockStmt block) {
            return assignsInSequence(block.getStatements());
        }
        if (statement instanceof IfStmt ifStmt) {
            return ifStmt.getElseStmt().isPresent() && assigns(ifStmt.getThenStmt())
                    && assigns(ifStmt.getElseStmt().get());
        }
        if (statement instanceof SwitchStmt switchStmt) {
            return assignsInEveryCase(switchStmt.getEntries());
        }
        if (statement instanceof TryStmt tryStmt) {
            if (tryStmt.getFinallyBlock().filter(this::assigns).isPresent()) {
                return true;
            }
            return assigns(tryStmt.getTryBlock())
                    && tryStmt.getCatchClauses().stream().map(CatchClause::getBody).allMatch(this::assigns);
        }
        return false;
    }

    private boolean assignsInSequence(List<Statement> statements) {
        for (Statement statement : statements) {
            if (statement instanceof BreakStmt) {
                return false;
            }
            if (assigns(statement)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code default} entry, and every entry assigns before its {@code break} (or falls through to one that does). */
    private boolean assignsInEveryCase(List<SwitchEntry> entries) {
        if (entries.stream().noneMatch(entry -> entry.getLabels().isEmpty())) {
            return false;
        }
        boolean pending = false;
        for (int i = entries.size() - 1; i >= 0; i--) {
            SwitchEntry entry = entries.get(i);
            boolean assigned = assignsInSequence(entry.getStatements());
            boolean fallsThrough = entry.getType() == SwitchEntry.Type.STATEMENT_GROUP
                    && entry.getStatements().stream().noneMatch(s -> s instanceof BreakStmt || exits(s));
            boolean ok = assigned || (fallsThrough && pending);
            if (!ok) {
                return false;
            }
            pending = ok;
        }
        return true;
    }

    private static boolean exits(Statement statement) {
        return statement instanceof ReturnStmt || statement instanceof ThrowStmt;
    }

    private boolean isAssignment(Expression expression) {
        return expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                && namesField(assign.getTarget()) && !mentions(assign.getValue());
    }

    /** Any use of the field in {@code node} other than as the target of a plain assignment. */
    private boolean reads(Node node) {
        for (NameExpr name : node.findAll(NameExpr.class)) {
            if (name.getNameAsString().equals(field) && !isAssignmentTarget(name)) {
                return true;
            }
        }
        for (FieldAccessExpr access : node.findAll(FieldAccessExpr.class)) {
            if (access.getNameAsString().equals(field) && !isAssignmentTarget(access)) {
                return true;
            }
        }
        return false;
    }

    private boolean mentions(Node node) {
        return node.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(field))
                || node.findAll(FieldAccessExpr.class).stream().anyMatch(f -> f.getNameAsString().equals(field));
    }

    private static boolean isAssignmentTarget(Expression expression) {
        return expression.getParentNode()
                .filter(AssignExpr.class::isInstance)
                .map(AssignExpr.class::cast)
                .filter(assign -> assign.getTarget() == expression && assign.getOperator() == AssignExpr.Operator.ASSIGN)
                .isPresent();
    }

    private boolean namesField(Expression target) {
        if (target instanceof NameExpr name) {
            return name.getNameAsString().equals(field);
        }
        return target instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr
                && access.getNameAsString().equals(field);
    }
}
