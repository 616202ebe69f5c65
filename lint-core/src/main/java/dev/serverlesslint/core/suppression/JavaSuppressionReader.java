package dev.serverlesslint.core.suppression;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.location.SourceLines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Java suppressions: {@code @SuppressWarnings("serverless-lint:SL103")} on any declaration (also
 * inside an array of values), and the comments {@code // serverless-lint:disable-line SL103} and
 * {@code // serverless-lint:disable-next-line SL103}.
 */
final class JavaSuppressionReader {

    private static final String ANNOTATION_EXAMPLE = "@SuppressWarnings(\"serverless-lint:SL103\")";
    private static final String COMMENT_EXAMPLE = "// serverless-lint:disable-next-line SL103 -- reason";
    private static final List<String> COMMENT_MARKERS = List.of("//", "/*", "*");

    private JavaSuppressionReader() {
    }

    static void read(JavaSource source, Supplier<SourceLines> lines, SuppressionCollector collector) {
        readAnnotations(source, collector);
        readComments(source, lines, collector);
    }

    private static void readAnnotations(JavaSource source, SuppressionCollector collector) {
        for (AnnotationExpr annotation : source.unit().findAll(AnnotationExpr.class)) {
            String name = annotation.getNameAsString();
            if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                continue;
            }
            Node annotated = annotation.getParentNode().orElse(null);
            if (annotated == null || annotated.getRange().isEmpty()) {
                continue;
            }
            int first = annotated.getRange().get().begin.line;
            int last = annotated.getRange().get().end.line;
            for (StringLiteralExpr literal : values(annotation)) {
                String value = literal.asString().strip();
                if (!value.startsWith(DirectiveComment.PREFIX)) {
                    continue;
                }
                List<String> ids = Arrays.stream(value.substring(DirectiveComment.PREFIX.length()).split("[\\s,]+"))
                        .filter(id -> !id.isEmpty())
                        .toList();
                collector.add(ids, source.path(), position(literal), first, last, null, "@SuppressWarnings annotation",
                        ANNOTATION_EXAMPLE);
            }
        }
    }

    private static List<StringLiteralExpr> values(AnnotationExpr annotation) {
        List<Expression> expressions = new ArrayList<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            expressions.add(single.getMemberValue());
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            normal.getPairs().stream()
                    .filter(pair -> pair.getNameAsString().equals("value"))
                    .forEach(pair -> expressions.add(pair.getValue()));
        }
        List<StringLiteralExpr> literals = new ArrayList<>();
        for (Expression expression : expressions) {
            if (expression instanceof StringLiteralExpr literal) {
                literals.add(literal);
            } else if (expression instanceof ArrayInitializerExpr array) {
                array.getValues().stream()
                        .filter(StringLiteralExpr.class::isInstance)
                        .map(StringLiteralExpr.class::cast)
                        .forEach(literals::add);
            }
        }
        return literals;
    }

    private static void readComments(JavaSource source, Supplier<SourceLines> lines, SuppressionCollector collector) {
        for (Comment comment : source.unit().getAllComments()) {
            if (comment instanceof JavadocComment || comment.getRange().isEmpty()) {
                continue;
            }
            DirectiveComment directive = DirectiveComment.parse(comment.getContent()).orElse(null);
            if (directive == null) {
                continue;
            }
            SourcePosition at = position(comment);
            switch (directive.verb()) {
                case "disable-line" -> {
                    int line = comment.getRange().get().begin.line;
                    collector.add(directive.ruleIds(), source.path(), at, line, line, null, "disable-line comment",
                            "// serverless-lint:disable-line SL103 -- reason");
                }
                case "disable-next-line" -> {
                    int next = lines.get().nextCodeLine(comment.getRange().get().end.line, COMMENT_MARKERS);
                    collector.add(directive.ruleIds(), source.path(), at, next, next == 0 ? -1 : next, null,
                            "disable-next-line comment", COMMENT_EXAMPLE);
                }
                default -> collector.problem(source.path(), at, "Unknown suppression 'serverless-lint:"
                        + directive.verb() + "'; in Java write '" + COMMENT_EXAMPLE + "', a trailing "
                        + "'// serverless-lint:disable-line SL103 -- reason', or " + ANNOTATION_EXAMPLE + ".");
            }
        }
    }

    private static SourcePosition position(Node node) {
        return node.getRange()
                .map(range -> new SourcePosition(range.begin.line, range.begin.column))
                .orElse(SourcePosition.START);
    }
}
