package dev.serverlesslint.rules.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.engine.SourceReader;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaOutlineScanner;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.model.ProjectModel;
import dev.serverlesslint.core.requestpath.RequestPathFiles;
import dev.serverlesslint.core.rule.ConfigRule;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleOptions;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Coverage-guided fuzz targets for the two front ends and every rule behind them. Any exception
 * is a bug: bad input must become SL000 or nothing. In a normal build the saved inputs under
 * {@code src/test/resources/.../FrontEndFuzzTestInputs/} run as regression tests; the {@code fuzz}
 * profile fuzzes for real (see "Fuzzing" in the README).
 */
class FrontEndFuzzTest {

    private static final RuleSet RULES = RuleSet.discover(FrontEndFuzzTest.class.getClassLoader());
    private static final SourceReader READER = new SourceReader(1 << 20);
    /** The engine's worker threads have this much stack; so does the fuzzed code. */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    @FuzzTest
    void javaFrontEndAndRules(byte[] input) throws Throwable {
        onWorkerStack(() -> {
            SourceFile file = new SourceFile(Path.of("Fuzzed.java"), "src/main/java/Fuzzed.java");
            JavaOutline outline = JavaOutlineScanner.scan(file.relativePath(), SourceText.decode(input).content());
            RequestPathFiles.select(List.of(outline), List.of());
            if (READER.parse(file, input).value() instanceof JavaSource source) {
                ProjectModel model = new ProjectModel(List.of(source), List.of());
                for (JavaRule rule : rulesOf(JavaRule.class)) {
                    rule.check(source, new DiscardingContext(model));
                }
            }
        });
    }

    @FuzzTest
    void configLoaderAndRules(FuzzedDataProvider data) throws Throwable {
        String name = data.pickValue(List.of("serverless.yml", "template.yaml", "template.json"));
        byte[] content = data.consumeRemainingAsBytes();
        onWorkerStack(() -> {
            SourceFile file = new SourceFile(Path.of(name), name);
            if (READER.parse(file, content).value() instanceof ConfigDocument document) {
                ProjectModel model = new ProjectModel(List.of(), List.of(document));
                for (ConfigRule rule : rulesOf(ConfigRule.class)) {
                    rule.check(document, new DiscardingContext(model));
                }
            }
        });
    }

    /** Runs the target as the engine does, on a thread with the engine's stack size; rethrows its failure. */
    private static void onWorkerStack(Runnable target) throws Throwable {
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                target.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "fuzz-target", WORKER_STACK_BYTES);
        thread.start();
        thread.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static <R> List<R> rulesOf(Class<R> type) {
        return RULES.rules().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Rules report into nothing: the fuzzer looks for exceptions, not findings. */
    private record DiscardingContext(ProjectModel model) implements RuleContext {
        @Override
        public RuleOptions options() {
            return RuleOptions.NONE;
        }

        @Override
        public LocalDate asOf() {
            return LocalDate.of(2026, 1, 1);
        }

        @Override
        public void report(SourcePosition position, String message) {
        }

        @Override
        public void report(SourcePosition position, String message, String function) {
        }
    }
}
