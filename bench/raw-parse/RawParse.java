import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The benchmark's floor: JavaParser parsing every .java file under the given directories once,
 * on N threads, one parser per thread, with the parser settings serverless-lint uses (language
 * level JAVA_25, JavaSourceParser.configuration()),
 * keeping no AST alive. The linter runs the same language-level checks with fewer tree walks
 * (LanguageLevelChecks); the floor keeps JavaParser's own step. Usage: {@code java -cp javaparser-core.jar:. RawParse THREADS DIR...}.
 * Prints the number of files and of files that failed to parse.
 */
public final class RawParse {

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() ->
            new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)));

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>(files.size());
        for (Path file : files) {
            results.add(pool.submit(() -> parse(file)));
        }
        int failed = 0;
        for (Future<Boolean> result : results) {
            if (!result.get()) {
                failed++;
            }
        }
        pool.shutdown();
        System.out.println("files=" + files.size() + " failed=" + failed);
    }

    private static boolean parse(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        ParseResult<CompilationUnit> result = PARSER.get().parse(text);
        return result.isSuccessful();
    }
}
