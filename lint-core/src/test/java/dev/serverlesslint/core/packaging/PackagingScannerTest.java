package dev.serverlesslint.core.packaging;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigLoader;
import dev.serverlesslint.core.model.DeployedCode;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PackagingScannerTest {

    @TempDir
    Path root;

    private ConfigDocument config(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        SourceFile source = new SourceFile(file, path);
        return (ConfigDocument) new ConfigLoader(1 << 20)
                .load(source, SourceText.decode(text.getBytes(StandardCharsets.UTF_8))).value();
    }

    private ProjectPackaging scan(List<ConfigDocument> documents) {
        return new PackagingScanner(root).scan(PackagingInputs.NONE, DeployedCode.declaredIn(documents), List.of());
    }

    @Test
    void serviceAndFunctionArtifactsWithTheirServerlessLayers() throws IOException {
        ConfigDocument document = config("services/orders/serverless.yml", """
                service: orders
                provider:
                  name: aws
                  runtime: java21
                package:
                  artifact: target/orders.jar
                layers:
                  shared-libs:
                    path: layer
                functions:
                  create:
                    handler: com.example.Create::handleRequest
                    layers:
                      - Ref: SharedDashlibsLambdaLayer
                  report:
                    handler: com.example.Report::handleRequest
                    package:
                      artifact: ${self:custom.reportArtifact}
                  export:
                    handler: com.example.Export::handleRequest
                    package:
                      artifact: build/export.zip
                """);
        TestArchives.zip(root.resolve("services/orders/target/orders.jar"), Map.of("a.class", 10));
        TestArchives.zip(root.resolve("services/orders/build/export.zip"), Map.of("b.class", 10));
        Files.createDirectories(root.resolve("services/orders/layer/java/lib"));
        Files.write(root.resolve("services/orders/layer/java/lib/x.jar"), new byte[1234]);

        List<PackagedArtifact> artifacts = scan(List.of(document)).artifacts();

        assertEquals(List.of("services/orders/target/orders.jar", "services/orders/build/export.zip"),
                artifacts.stream().map(PackagedArtifact::path).toList());
        PackagedArtifact service = artifacts.get(0);
        assertEquals(List.of(new ArtifactDeclaration("services/orders/serverless.yml",
                new dev.serverlesslint.core.finding.SourcePosition(6, 13), null)), service.declarations());
        assertEquals(List.of(new LayerPackage("shared-libs", 1234)), service.layers());
        assertEquals("export", artifacts.get(1).declarations().get(0).function());
        assertEquals(List.of(), artifacts.get(1).layers());
    }

    @Test
    void codeUriOutsideTheRootOrThroughALinkIsIgnored() throws IOException {
        Path outside = Files.createTempDirectory("outside");
        try {
            TestArchives.zip(outside.resolve("app.zip"), Map.of("a.class", 10));
            Files.createSymbolicLink(root.resolve("linked.zip"), outside.resolve("app.zip"));
            ConfigDocument document = config("template.yaml", """
                    Transform: AWS::Serverless-2016-10-31
                    Resources:
                      Escaping:
                        Type: AWS::Serverless::Function
                        Properties:
                          Handler: com.example.A::handleRequest
                          Runtime: java21
                          CodeUri: ../%s/app.zip
                      Linked:
                        Type: AWS::Serverless::Function
                        Properties:
                          Handler: com.example.B::handleRequest
                          Runtime: java21
                          CodeUri: linked.zip
                      Directory:
                        Type: AWS::Serverless::Function
                        Properties:
                          Handler: com.example.C::handleRequest
                          Runtime: java21
                          CodeUri: .
                    """.formatted(outside.getFileName()));
            assertEquals(List.of(), scan(List.of(document)).artifacts());
        } finally {
            Files.deleteIfExists(outside.resolve("app.zip"));
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void anArtifactGivenByTheBuildAndDeclaredInConfigurationIsMeasuredOnceWithItsDeclaration() throws IOException {
        ConfigDocument document = config("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    CodeUri: target/app.jar
                Resources:
                  A:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.example.A::handleRequest
                      Runtime: java21
                  B:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: com.example.B::handleRequest
                      Runtime: java21
                """);
        TestArchives.zip(root.resolve("target/app.jar"), Map.of("a.class", 10));
        PackagingInputs inputs = PackagingInputs.artifacts(List.of(root.resolve("target/app.jar")));

        List<PackagedArtifact> artifacts = new PackagingScanner(root).scan(inputs, DeployedCode.declaredIn(List.of(document)), List.of())
                .artifacts();

        assertEquals(1, artifacts.size());
        assertEquals(List.of("A@4", "B@4"), artifacts.get(0).declarations().stream()
                .map(d -> d.function() + "@" + d.position().line()).toList());
        assertEquals(10, artifacts.get(0).measurement().unzippedBytes());
    }

    @Test
    void serverlessLayerReferenceNames() {
        assertEquals("SharedDashlibsLambdaLayer", DeployedCode.serverlessLayerReference("shared-libs"));
        assertEquals("CommonUnderscoredepsLambdaLayer", DeployedCode.serverlessLayerReference("common_deps"));
    }
}
