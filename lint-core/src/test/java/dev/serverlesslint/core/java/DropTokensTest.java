package dev.serverlesslint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tree kept in memory drops its tokens and keeps every position and comment. */
class DropTokensTest {

    @Test
    void positionsAndCommentsStayTokensGo() {
        String code = """
                /** Orders. */
                class Orders { // trailing
                    /* orphan */
                    void place() {
                        audit(); // serverless-lint:ignore SL110 -- reason
                    }
                }
                """;
        CompilationUnit unit = new JavaSourceParser().parse(new SourceFile(Path.of("Orders.java"), "Orders.java"),
                SourceText.decode(code.getBytes(StandardCharsets.UTF_8))).value().unit();
        List<String> before = positions(unit);
        JavaSourceParser.dropTokens(unit);
        assertEquals(before, positions(unit));
        assertEquals(4, unit.getAllComments().size());
        assertTrue(unit.findAll(Node.class).stream().allMatch(node -> node.getTokenRange().isEmpty()));
        assertTrue(unit.getAllComments().stream().allMatch(comment -> comment.getTokenRange().isEmpty()));
        assertEquals("(line 5,col 9)", unit.findFirst(MethodCallExpr.class).orElseThrow().getBegin().orElseThrow().toString());
    }

    private static List<String> positions(CompilationUnit unit) {
        List<String> positions = new ArrayList<>();
        unit.findAll(Node.class).forEach(node -> positions.add(node.getClass().getSimpleName() + node.getRange()));
        unit.getAllComments().forEach(comment -> positions.add(comment.getContent() + comment.getRange()));
        return positions;
    }
}
