package dev.serverlesslint.core.model;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigLoader;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The model says which configured functions a handler method serves: the request-path graph knows the
 * handler classes a method is the entry of, the model which functions name those classes.
 */
class HandlerFunctionsTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));

    private static JavaSource java(String className, String code) {
        String path = "src/main/java/com/example/" + className + ".java";
        return new JavaSource(new SourceFile(Path.of(path), path), PARSER.parse(code).getResult().orElseThrow());
    }

    private static ProjectModel model() {
        String name = "serverless.yml";
        ConfigDocument doc = new ConfigLoader(1_000_000).load(new SourceFile(Path.of(name), name),
                SourceText.decode("""
                        service: shop
                        provider: {name: aws, runtime: java21}
                        functions:
                          orders:
                            handler: com.example.OrdersHandler
                          payments:
                            handler: com.example.PaymentsHandler::handleRequest
                          refunds:
                            handler: com.example.PaymentsHandler::handleRequest
                          report:
                            handler: com.example.Report::run
                            capacityProvider: batch
                        """.getBytes(StandardCharsets.UTF_8))).value();
        return new ProjectModel(List.of(
                java("BaseHandler", """
                        package com.example;
                        import com.amazonaws.services.lambda.runtime.Context;
                        import com.amazonaws.services.lambda.runtime.RequestHandler;
                        public abstract class BaseHandler implements RequestHandler<String, String> {
                            public String handleRequest(String input, Context context) { return Audit.record(input); }
                        }
                        """),
                java("OrdersHandler", "package com.example;\npublic class OrdersHandler extends BaseHandler {}\n"),
                java("PaymentsHandler", "package com.example;\npublic class PaymentsHandler extends BaseHandler {}\n"),
                java("Report", """
                        package com.example;
                        public class Report {
                            public String run(String input) { return Audit.record(input); }
                        }
                        """),
                java("Audit", """
                        package com.example;
                        final class Audit {
                            static String record(String input) { return input.trim(); }
                        }
                        """)), List.of(doc));
    }

    private static List<String> names(List<LambdaFunction> functions) {
        return functions.stream().map(LambdaFunction::name).toList();
    }

    @Test
    void anInheritedHandlerMethodServesTheFunctionsOfEverySubclassInConfigurationOrder() {
        ProjectModel model = model();
        List<MethodDeclaration> handlers = model.requestPaths().handlerMethods();
        assertEquals(List.of("handleRequest", "run"), handlers.stream().map(MethodDeclaration::getNameAsString).toList());
        assertEquals(List.of("orders", "payments", "refunds"), names(model.functionsOf(handlers.get(0))));
        assertEquals(List.of("report"), names(model.functionsOf(handlers.get(1))));
    }

    @Test
    void chainsAreServedByTheFunctionsOfTheirHandlerAndOnlyReportRunsConcurrently() {
        ProjectModel model = model();
        MethodCallExpr trim = model.javaSourcePaths().stream()
                .filter(path -> path.endsWith("Audit.java"))
                .flatMap(path -> model.types().source(path).orElseThrow().unit().findAll(MethodCallExpr.class).stream())
                .findFirst().orElseThrow();
        List<String> serving = model.requestPaths().chainTo(trim).map(model::functionsServing).map(HandlerFunctionsTest::names)
                .orElseThrow();
        assertEquals(List.of("orders", "payments", "refunds"), serving, "the chain from the first handler in file order");
        assertEquals(List.of("report"), names(model.functionsServing(model.requestPaths().concurrentChainTo(trim).orElseThrow())));
    }
}
