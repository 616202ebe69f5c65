package dev.serverlesslint.core.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Java sources at the newest language level JavaParser supports. JavaParser instances are
 * not thread-safe, so each thread gets its own.
 */
public final class JavaSourceParser {

    private static final Pattern AT_LINE_COLUMN = Pattern.compile("at line (\\d+), column (\\d+)");

    /**
     * bench/raw-parse/RawParse.java, the benchmark's floor, parses with the same settings, with
     * JavaParser's own language-level step where this one has {@link LanguageLevelChecks}.
     */
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() ->
            new JavaParser(configuration(false)));
    /**
     * For sources with {@code \}{@code u} escapes: javac decodes them before anything else, so
     * {@code // \}{@code u000a System.exit(1);} is a comment followed by a call, and
     * {@code \}{@code u0053ystem.exit(2)} calls System.exit. The parser decodes them the same way and
     * maps positions back to the text as written. Other sources skip the extra pass.
     */
    private static final ThreadLocal<JavaParser> ESCAPE_DECODING_PARSER = ThreadLocal.withInitial(() ->
            new JavaParser(configuration(true)));

    private static ParserConfiguration configuration(boolean decodeUnicodeEscapes) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                .setPreprocessUnicodeEscapes(decodeUnicodeEscapes);
        LanguageLevelChecks.install(configuration);
        return configuration;
    }

    /**
     * Drops the token list of a tree that stays in memory (the request-path model's), keeping every
     * node's position: nothing reads tokens after parsing (they serve lexical-preserving printing),
     * and they are most of a tree's memory (5,056 generated handler files: 1.7 GB of live trees
     * with tokens, 0.77 GB without). Parsing with {@code setStoreTokens(false)} would lose the
     * positions and the comments too.
     */
    public static void dropTokens(CompilationUnit unit) {
        // walk is iterative; getAllComments recurses, too deep for a hostile 20,000-call chain
        unit.walk(node -> {
            dropTokens(node);
            node.getComment().ifPresent(JavaSourceParser::dropTokens);
            node.getOrphanComments().forEach(JavaSourceParser::dropTokens);
        });
    }

    private static void dropTokens(Node node) {
        Range range = node.getRange().orElse(null);
        node.setTokenRange(null); // clears the range as well
        node.setRange(range);
    }

    public ParseOutcome<JavaSource> parse(SourceFile file, SourceText text) {
        JavaParser parser = text.content().contains("\\u") ? ESCAPE_DECODING_PARSER.get() : PARSER.get();
        ParseResult<CompilationUnit> result = parser.parse(text.content());
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return ParseOutcome.parsed(new JavaSource(file, result.getResult().get()));
        }
        Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        if (first == null) {
            return ParseOutcome.failed(file, SourcePosition.START, "Java syntax error");
        }
        return ParseOutcome.failed(file, positionOf(first), "Java syntax error: " + describe(first));
    }

    /**
     * Where the offending token is. The parser's exception names it ("at line 2, column 11");
     * the problem's token range starts at the last good token, so it is only a fallback.
     */
    private static SourcePosition positionOf(Problem problem) {
        Optional<Matcher> named = problem.getCause()
                .map(cause -> AT_LINE_COLUMN.matcher(String.valueOf(cause.getMessage())))
                .filter(Matcher::find);
        if (named.isPresent()) {
            return new SourcePosition(Integer.parseInt(named.get().group(1)), Integer.parseInt(named.get().group(2)));
        }
        return problem.getLocation()
                .flatMap(location -> location.getBegin().getRange())
                .map(range -> new SourcePosition(range.begin.line, range.begin.column))
                .orElse(SourcePosition.START);
    }

    private static String describe(Problem problem) {
        String message = firstLine(problem.getMessage());
        if (message.startsWith("Lexical error") && message.contains("<EOF>")) {
            return "unexpected end of file (an unclosed comment, string or text block?)";
        }
        if (message.startsWith("Lexical error")) {
            return "unexpected character" + message.substring(message.indexOf('.') + 1).replaceFirst("\\s+", " ");
        }
        return message;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
