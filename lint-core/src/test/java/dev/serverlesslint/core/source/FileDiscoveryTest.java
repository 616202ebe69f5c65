package dev.serverlesslint.core.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileDiscoveryTest {

    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    private List<String> discover(FileSelection selection, Path... targets) {
        return new FileDiscovery(root, selection).discover(List.of(targets)).stream()
                .map(SourceFile::relativePath)
                .toList();
    }

    @Test
    void findsSourcesAndConfigsSortedAndSkipsBuildOutputAndTools() throws IOException {
        touch("src/main/java/com/x/Handler.java");
        touch("serverless.yml");
        touch("template.json");
        touch("README.md");
        touch("target/classes/Generated.java");
        touch("node_modules/pkg/serverless.yml");
        touch(".aws-sam/build/template.yaml");
        touch(".serverless/cloudformation-template-update-stack.json");
        touch("src/main/resources/templates/Handler.java");
        touch("src/test/resources/inputs/Broken.java");
        touch("archetype/src/main/resources/archetype-resources/template.yml");
        assertEquals(List.of("serverless.yml", "src/main/java/com/x/Handler.java", "template.json"),
                discover(FileSelection.everything()));
    }

    @Test
    void appliesGlobsAndTestSourceSelection() throws IOException {
        touch("src/main/java/A.java");
        touch("src/test/java/ATest.java");
        touch("src/main/java/generated/G.java");
        FileSelection selection = new FileSelection(List.of(), List.of("**/generated/**"), false);
        assertEquals(List.of("src/main/java/A.java"), discover(selection));
        FileSelection onlyTests = new FileSelection(List.of("src/test/**"), List.of(), true);
        assertEquals(List.of("src/test/java/ATest.java"), discover(onlyTests));
    }

    @Test
    void doesNotFollowSymbolicLinks() throws IOException {
        touch("src/A.java");
        Files.createSymbolicLink(root.resolve("loop"), root);
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("Secret.java"), "class Secret {}");
        Files.createSymbolicLink(root.resolve("escape"), outside);
        assertEquals(List.of("src/A.java"), discover(FileSelection.everything()));
    }

    @Test
    void rejectsTargetsOutsideTheRoot() {
        assertThrows(IllegalArgumentException.class,
                () -> discover(FileSelection.everything(), root.resolve("../elsewhere")));
    }
}
