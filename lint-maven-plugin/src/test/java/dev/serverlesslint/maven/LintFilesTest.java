package dev.serverlesslint.maven;

import dev.serverlesslint.core.source.FileSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which files a module's lint reads from the reactor's root, and which it reports. */
class LintFilesTest {

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Resources:
              Fn:
                Type: AWS::Lambda::Function
            """;

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ModuleLayout module(String directory, String testRoot) {
        Path dir = root.resolve(directory).normalize();
        return new ModuleLayout(dir, dir.resolve("target"), List.of(dir.resolve("src/main/java")),
                List.of(dir.resolve(testRoot)));
    }

    private static List<String> targets(LintFiles files) {
        return files.targets().stream().map(p -> p.toString().replace('\\', '/')).toList();
    }

    private void writeReactor() throws IOException {
        write("pom.xml", "<project/>");
        write("template.yaml", TEMPLATE);
        write("lib/pom.xml", "<project/>");
        write("lib/src/main/java/lib/Clients.java", "class Clients {}");
        write("fn/pom.xml", "<project/>");
        write("fn/src/main/java/fn/Handler.java", "class Handler {}");
        write("fn/src/main/resources/events/event.json", "{\"id\": 1}");
        write("fn/src/main/resources/config.yml", "name: orders");
        write("fn/tests/fn/HandlerTest.java", "class HandlerTest {}");
        write("fn/scripts/Generate.java", "class Generate {}");
    }

    @Test
    void readsSourceRootsAndDeploymentConfigurationOnlyAndReportsTheModulesOwnFiles() throws IOException {
        writeReactor();
        ModuleLayout parent = module(".", "src/test/java");
        ModuleLayout lib = module("lib", "src/test/java");
        ModuleLayout fn = module("fn", "tests");
        List<ModuleLayout> modules = List.of(parent, lib, fn);
        FileSelection everything = new FileSelection(List.of(), List.of(), false);

        LintFiles ofFn = LintFiles.select(root, everything, fn, everything, modules, false, false);

        // The custom testSourceDirectory (fn/tests) is not main code, fn/scripts is no source root, and
        // resource JSON/YAML is not deployment configuration.
        assertEquals(List.of("fn/src/main/java/fn/Handler.java", "lib/src/main/java/lib/Clients.java",
                "template.yaml", "fn/pom.xml", "lib/pom.xml", "pom.xml"), targets(ofFn));
        assertEquals(List.of("fn/src/main/java/fn/Handler.java", "fn/pom.xml", "fn/target"), ofFn.reported());
        assertFalse(ofFn.all());

        LintFiles ofParent = LintFiles.select(root, everything, parent, everything, modules, true, false);
        assertEquals(List.of("template.yaml", "pom.xml", "target"), ofParent.reported());

        LintFiles withTests = LintFiles.select(root, everything, fn, everything, modules, false, true);
        assertTrue(targets(withTests).contains("fn/tests/fn/HandlerTest.java"));
    }

    @Test
    void theTopLevelModuleReportsFilesOfNoModuleButNotThoseOfModulesLeftOutOfTheBuild() throws IOException {
        write("template.yaml", TEMPLATE);
        write("HelloWorldFunction/pom.xml", "<project/>");
        write("HelloWorldFunction/src/main/java/hello/App.java", "class App {}");
        write("other/pom.xml", "<project/>");
        write("other/src/main/java/other/Util.java", "class Util {}");
        write("other/template.yaml", TEMPLATE);
        ModuleLayout function = module("HelloWorldFunction", "src/test/java");
        FileSelection everything = new FileSelection(List.of(), List.of(), false);

        LintFiles files = LintFiles.select(root, everything, function, everything, List.of(function), true, false);

        assertEquals(List.of("HelloWorldFunction/src/main/java/hello/App.java", "other/src/main/java/other/Util.java",
                "other/template.yaml", "template.yaml", "HelloWorldFunction/pom.xml", "other/pom.xml"), targets(files));
        assertEquals(List.of("HelloWorldFunction/src/main/java/hello/App.java", "template.yaml",
                "HelloWorldFunction/pom.xml", "HelloWorldFunction/target"), files.reported());
    }

    @Test
    void aSingleModuleReportsEverythingAndItsGlobsApplyToItsFiles() throws IOException {
        write("pom.xml", "<project/>");
        write("template.yaml", TEMPLATE);
        write("src/main/java/a/Handler.java", "class Handler {}");
        write("src/main/java/a/generated/Gen.java", "class Gen {}");
        ModuleLayout only = module(".", "src/test/java");
        FileSelection everything = new FileSelection(List.of(), List.of(), false);

        LintFiles files = LintFiles.select(root, everything, only,
                new FileSelection(List.of(), List.of("**/generated/**"), true), List.of(only), true, false);

        assertEquals(List.of("src/main/java/a/Handler.java", "template.yaml", "pom.xml"), targets(files));
        assertTrue(files.all());
    }

    @Test
    void theRootMovesUpToTheTemplateOnlyWhenTheBuildHoldsNoDeploymentConfiguration() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        write("template.yaml", TEMPLATE);
        write("HelloWorldFunction/pom.xml", "<project/>");
        write("HelloWorldFunction/src/main/java/hello/App.java", "class App {}");
        Path function = root.resolve("HelloWorldFunction");

        assertEquals(root.toAbsolutePath().normalize(), LintRoot.find(function, List.of(function)));

        write("HelloWorldFunction/serverless.yml", "service: s\nprovider:\n  name: aws\n");
        assertEquals(function.toAbsolutePath().normalize(), LintRoot.find(function, List.of(function)));
    }

    @Test
    void theRootHoldsEveryModuleOfTheBuild() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        write("parent/pom.xml", "<project/>");
        write("parent/template.yaml", TEMPLATE);
        write("sibling/pom.xml", "<project/>");
        Path parent = root.resolve("parent");

        assertEquals(root.toAbsolutePath().normalize(),
                LintRoot.find(parent, List.of(parent, root.resolve("sibling"))));
    }
}
