package dev.serverlesslint.rules.packaging;

import dev.serverlesslint.core.engine.LintEngine;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.packaging.PackagingInputs;
import dev.serverlesslint.core.packaging.ResolvedDependency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SL208 on a resolved dependency set, as the Maven plugin gives it. */
class HeavyDependencyRuleTest {

    private static final String POM = """
            <project>
              <dependencies>
                <dependency>
                  <groupId>com.amazonaws</groupId>
                  <artifactId>aws-lambda-java-core</artifactId>
                </dependency>
                <dependency>
                  <groupId>software.amazon.awssdk</groupId>
                  <artifactId>dynamodb</artifactId>
                </dependency>
                <dependency>
                  <groupId>com.amazonaws</groupId>
                  <artifactId>dynamodb-lock-client</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;

    @TempDir
    Path root;

    private static ResolvedDependency dependency(String coordinates, String via) {
        String[] parts = coordinates.split(":");
        return new ResolvedDependency(parts[0], parts[1], "1.0", "compile", null, via);
    }

    private List<String> lint(String handlerSource) throws IOException {
        Archives.write(root.resolve("pom.xml"), POM);
        Archives.write(root.resolve("src/main/java/com/example/Handler.java"), handlerSource);
        PackagingInputs inputs = new PackagingInputs(List.of(), List.of(
                dependency("com.amazonaws:aws-lambda-java-core", null),
                dependency("software.amazon.awssdk:dynamodb", null),
                dependency("software.amazon.awssdk:netty-nio-client", "software.amazon.awssdk:dynamodb"),
                dependency("com.amazonaws:dynamodb-lock-client", null),
                dependency("com.amazonaws:aws-java-sdk-dynamodb", "com.amazonaws:dynamodb-lock-client")), true);
        return new LintEngine(new RuleSet(List.of(new HeavyDependencyRule())))
                .run(LintRequest.of(root).withThreads(1).withPackaging(inputs)).findings().stream()
                .filter(f -> f.ruleId().equals("SL208"))
                .map(f -> f.path() + ":" + f.line() + " " + f.message())
                .toList();
    }

    @Test
    void transitiveNettyWithOnlySyncClientsIsReportedOnTheServiceModuleLine() throws IOException {
        assertEquals(List.of("pom.xml:9 software.amazon.awssdk:netty-nio-client (brought in by "
                        + "software.amazon.awssdk:dynamodb) is the asynchronous HTTP client, loaded with Netty at startup "
                        + "although the code only uses synchronous clients; use software.amazon.awssdk:url-connection-client "
                        + "or aws-crt-client (exclude netty-nio-client from the service modules and set the client's "
                        + "httpClient) instead."),
                lint("""
                        package com.example;
                        import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
                        public class Handler {
                            private static final DynamoDbClient DYNAMO = DynamoDbClient.create();
                        }
                        """));
    }

    @Test
    void asyncClientsNeedNettyAndATransitiveSdkV1IsNotTheModulesToMigrate() throws IOException {
        assertEquals(List.of(), lint("""
                package com.example;
                import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
                public class Handler {
                    private static final DynamoDbAsyncClient DYNAMO = DynamoDbAsyncClient.create();
                }
                """));
    }
}
