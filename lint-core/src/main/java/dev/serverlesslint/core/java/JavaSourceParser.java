package dev.serverlesslint.core.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;

/**
 * Parses Java sources at the newest language level JavaParser supports. JavaParser instances are
 * not thread-safe, so each thread gets its own.
 */
public final class JavaSourceParser {

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() ->
            new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)));

    public ParseOutcome<JavaSource> parse(SourceFile file, SourceText text) {
        ParseResult<CompilationUnit> result = PARSER.get().parse(text.content());
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return ParseOutcome.parsed(new JavaSource(file, result.getResult().get()));
        }
        Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        SourcePosition position = first == null ? SourcePosition.START : first.getLocation()
                .flatMap(location -> location.getBegin().getRange())
                .map(range -> new SourcePosition(range.begin.line, range.begin.column))
                .orElse(SourcePosition.START);
        String message = first == null ? "unknown parse error" : firstLine(first.getMessage());
        return ParseOutcome.failed(file, position, "Java syntax error: " + message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
