package dev.serverlesslint.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanScopeTest {

    @TempDir
    Path basedir;

    @Test
    void aLeafModuleLintsItsMainSourcesAndConfigs() {
        ScanScope scope = ScanScope.of(basedir, basedir.resolve("target"), List.of(), null, null, false);

        assertEquals(List.of("target"), scope.excludedDirectories());
        assertTrue(scope.selection().accepts("src/main/java/com/example/Handler.java"));
        assertTrue(scope.selection().accepts("template.yaml"));
        assertFalse(scope.selection().accepts("src/test/java/com/example/HandlerTest.java"));
    }

    @Test
    void includeTestsAddsTestSources() {
        ScanScope scope = ScanScope.of(basedir, basedir.resolve("target"), List.of(), List.of(), List.of(), true);

        assertTrue(scope.selection().accepts("src/test/java/com/example/HandlerTest.java"));
    }

    @Test
    void anAggregatorLeavesItsModulesToThemselves() throws IOException {
        Files.createDirectories(basedir.resolve("services/billing"));
        Files.writeString(basedir.resolve("services/billing/pom.xml"), "<project/>");

        ScanScope scope = ScanScope.of(basedir, basedir.resolve("target"),
                List.of("orders", "services/billing/pom.xml", "./shared/", "../sibling"), null, null, false);

        assertEquals(List.of("orders", "services/billing", "shared", "target"), scope.excludedDirectories());
        assertFalse(scope.selection().accepts("orders/serverless.yml"));
        assertFalse(scope.selection().accepts("orders/src/main/java/com/example/Handler.java"));
        assertFalse(scope.selection().accepts("services/billing/template.yaml"));
        assertFalse(scope.selection().accepts("shared/template.yaml"));
        assertTrue(scope.selection().accepts("template.yaml"));
        assertTrue(scope.selection().accepts("services/template.yaml"));
        assertTrue(scope.selection().accepts("orders-legacy/serverless.yml"));
    }

    @Test
    void aCustomBuildDirectoryIsNotLinted() {
        ScanScope scope = ScanScope.of(basedir, basedir.resolve("build/maven"), List.of(), null, null, false);

        assertEquals(List.of("build/maven"), scope.excludedDirectories());
        assertFalse(scope.selection().accepts("build/maven/classes/template.yaml"));
        assertTrue(scope.selection().accepts("build/template.yaml"));
    }

    @Test
    void aBuildDirectoryOutsideTheModuleChangesNothing() {
        ScanScope scope = ScanScope.of(basedir, basedir.resolveSibling("elsewhere"), List.of(), null, null, false);

        assertEquals(List.of(), scope.excludedDirectories());
    }

    @Test
    void userGlobsApplyRelativeToTheModule() {
        ScanScope scope = ScanScope.of(basedir, basedir.resolve("target"), List.of(),
                List.of("src/main/**", "*.yml", " "), List.of("**/generated/**"), false);

        assertTrue(scope.selection().accepts("src/main/java/com/example/Handler.java"));
        assertTrue(scope.selection().accepts("serverless.yml"));
        assertFalse(scope.selection().accepts("src/main/java/generated/Model.java"));
        assertFalse(scope.selection().accepts("infra/template.yaml"));
    }

    @Test
    void moduleNamesWithGlobCharactersAreTakenLiterally() {
        ScanScope scope = ScanScope.of(basedir, null, List.of("lambda-[eu]"), null, null, false);

        assertFalse(scope.selection().accepts("lambda-[eu]/serverless.yml"));
        assertTrue(scope.selection().accepts("lambda-e/serverless.yml"));
    }
}
