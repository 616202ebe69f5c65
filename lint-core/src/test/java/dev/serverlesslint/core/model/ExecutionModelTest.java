package dev.serverlesslint.core.model;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigLoader;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model tells each function's execution model from its configuration and handler class. */
class ExecutionModelTest {

    private static ConfigDocument load(String name, String text) {
        SourceFile file = new SourceFile(Path.of(name), name);
        return new ConfigLoader(1_000_000).load(file, SourceText.decode(text.getBytes(StandardCharsets.UTF_8)))
                .value();
    }

    private static Map<String, ExecutionModel> models(ProjectModel model) {
        return model.functions().stream().collect(Collectors.toMap(LambdaFunction::name, model::executionModel));
    }

    @Test
    void samCapacityProviderOwnOrFromGlobalsAndDurableConfig() {
        ConfigDocument doc = load("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    CapacityProviderConfig:
                      Arn: arn:aws:lambda:eu-west-1:1:capacity-provider:shared
                Resources:
                  Inherits:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: a.B::handleRequest, Runtime: java21}
                  Own:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.C::handleRequest
                      CapacityProviderConfig:
                        Arn: !GetAtt Capacity.Arn
                        PerExecutionEnvironmentMaxConcurrency: 100
                  Plain:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: a.D::handleRequest
                      DurableConfig: {ExecutionTimeout: 3600}
                  Lmi:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: a.E::handleRequest
                      CapacityProviderConfig:
                        LambdaManagedInstancesCapacityProviderConfig:
                          CapacityProviderArn: arn:aws:lambda:eu-west-1:1:capacity-provider:x
                          PerExecutionEnvironmentMaxConcurrency: 8
                """);
        Map<String, ExecutionModel> models = models(new ProjectModel(List.of(), List.of(doc)));
        ManagedInstances inherited = models.get("Inherits").managedInstances().orElseThrow();
        assertTrue(inherited.isDefaultConcurrency());
        assertEquals(OptionalInt.of(ManagedInstances.JAVA_DEFAULT_CONCURRENCY_PER_VCPU), inherited.effectiveMaxConcurrency());
        assertEquals(OptionalInt.of(100), models.get("Own").managedInstances().orElseThrow().effectiveMaxConcurrency());
        assertFalse(models.get("Own").durable());
        assertTrue(models.get("Plain").durable());
        assertFalse(models.get("Plain").isManagedInstances(), "AWS::Lambda::Function does not inherit Globals");
        assertEquals(OptionalInt.of(8), models.get("Lmi").managedInstances().orElseThrow().effectiveMaxConcurrency());
    }

    @Test
    void serverlessCapacityProviderAndDurableHandlerClass() {
        ConfigDocument doc = load("serverless.yml", """
                service: etl
                provider: {name: aws, runtime: java21}
                functions:
                  byName:
                    handler: com.example.Etl::handleRequest
                    capacityProvider: batch
                  tuned:
                    handler: com.example.Etl::handleRequest
                    capacityProvider: {name: batch, maxConcurrency: 12}
                  workflow:
                    handler: com.example.Workflow::handleRequest
                """);
        String path = "src/main/java/com/example/Workflow.java";
        CompilationUnit unit = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)).parse("""
                package com.example;
                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.DurableHandler;
                public class Workflow extends DurableHandler<String, String> {
                    @Override
                    protected String handleRequest(String input, DurableContext ctx) {
                        return ctx.step("echo", String.class, step -> input);
                    }
                }
                """).getResult().orElseThrow();
        JavaSource workflow = new JavaSource(new SourceFile(Path.of(path), path), unit);
        ProjectModel model = new ProjectModel(List.of(workflow), List.of(doc));
        Map<String, ExecutionModel> models = models(model);
        assertTrue(models.get("byName").managedInstances().orElseThrow().isDefaultConcurrency());
        assertEquals(OptionalInt.of(12), models.get("tuned").managedInstances().orElseThrow().effectiveMaxConcurrency());
        assertTrue(models.get("workflow").durable());
        assertTrue(models.get("workflow").managedInstances().isEmpty());
        assertEquals(1, model.requestPaths().handlerMethods().size(), "a DurableHandler subclass is a handler");
    }
}
