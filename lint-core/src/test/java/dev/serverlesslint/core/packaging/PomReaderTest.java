package dev.serverlesslint.core.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PomReaderTest {

    @TempDir
    Path dir;

    private static List<String> read(String xml) {
        return PomReader.read("pom.xml", xml.getBytes(StandardCharsets.UTF_8)).orElseThrow().dependencies().stream()
                .map(d -> d.coordinates() + ":" + d.version() + ":" + d.scope() + "@" + d.position().line())
                .toList();
    }

    @Test
    void readsProjectDependenciesWithTheArtifactIdLine() {
        assertEquals(List.of("com.amazonaws:aws-java-sdk:${aws.version}:compile@7",
                        "software.amazon.awssdk:bundle:2.25.0:test@12"),
                read("""
                        <project>
                          <properties><aws.version>1.12.700</aws.version></properties>
                          <dependencies>
                            <!-- the whole SDK -->
                            <dependency>
                              <groupId>com.amazonaws</groupId>
                              <artifactId>aws-java-sdk</artifactId>
                              <version>${aws.version}</version>
                            </dependency>
                            <dependency>
                              <groupId>software.amazon.awssdk</groupId>
                              <artifactId>bundle</artifactId>
                              <version>2.25.0</version>
                              <scope>test</scope>
                            </dependency>
                          </dependencies>
                        </project>
                        """));
    }

    @Test
    void ignoresDependencyManagementPluginsAndProfiles() {
        assertEquals(List.of(), read("""
                <project>
                  <dependencyManagement><dependencies><dependency>
                    <groupId>software.amazon.awssdk</groupId><artifactId>bundle</artifactId>
                  </dependency></dependencies></dependencyManagement>
                  <build><plugins><plugin><artifactId>x</artifactId><dependencies><dependency>
                    <groupId>software.amazon.awssdk</groupId><artifactId>bundle</artifactId>
                  </dependency></dependencies></plugin></plugins></build>
                  <profiles><profile><dependencies><dependency>
                    <groupId>software.amazon.awssdk</groupId><artifactId>bundle</artifactId>
                  </dependency></dependencies></profile></profiles>
                </project>
                """));
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "software.amazon.awssdk");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<project><dependencies><dependency><groupId>&leak;</groupId><artifactId>bundle</artifactId>"
                + "</dependency></dependencies></project>";
        Optional<PomFile> pom = PomReader.read("pom.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertTrue(pom.isEmpty() || pom.get().dependencies().stream()
                .noneMatch(d -> d.groupId().contains("software.amazon.awssdk")), String.valueOf(pom));
    }

    @Test
    void malformedXmlYieldsNothing() {
        assertEquals(Optional.empty(), PomReader.read("pom.xml", "<project><dependencies>".getBytes(StandardCharsets.UTF_8)));
    }
}
