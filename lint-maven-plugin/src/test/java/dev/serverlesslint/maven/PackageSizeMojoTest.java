package dev.serverlesslint.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SL207 on the packaged (shaded) jar with the resolved dependencies, and SL208 on the resolved tree. */
class PackageSizeMojoTest {

    private static final String POM = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.example</groupId>
              <artifactId>orders</artifactId>
              <version>1.0</version>
              <dependencies>
                <dependency>
                  <groupId>com.amazonaws</groupId>
                  <artifactId>aws-lambda-java-core</artifactId>
                  <version>1.2.3</version>
                </dependency>
                <dependency>
                  <groupId>com.example</groupId>
                  <artifactId>platform-clients</artifactId>
                  <version>3.0</version>
                </dependency>
              </dependencies>
            </project>
            """;

    @TempDir
    Path basedir;

    private final RecordingLog log = new RecordingLog();

    /** A jar with stored entries of pseudo-random bytes (zipped size = size) or, when {@code size} is 0, tiny ones. */
    private static Path jar(Path file, int size, String... entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : entries) {
                byte[] data = new byte[Math.max(size, 1)];
                new Random(name.hashCode()).nextBytes(data);
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipEntry entry = new ZipEntry(name);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                entry.setCompressedSize(data.length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Artifact artifact(String group, String id, String version, Path file, String... trail) {
        DefaultArtifact artifact = new DefaultArtifact(group, id, version, "compile", "jar", null,
                new DefaultArtifactHandler("jar"));
        artifact.setFile(file == null ? null : file.toFile());
        artifact.setDependencyTrail(List.of(trail));
        return artifact;
    }

    @Test
    void shadedJarOverTheBudgetIsBrokenDownByDependencyAndTheHeavyTransitiveDependencyIsReported() throws IOException {
        Files.writeString(basedir.resolve("pom.xml"), POM);
        Path repository = basedir.resolveSibling(basedir.getFileName() + "-repository");
        Path bundle = jar(repository.resolve("bundle-2.25.0.jar"), 0,
                "software/amazon/awssdk/services/s3/S3Client.class", "software/amazon/awssdk/services/sqs/SqsClient.class");
        Path clients = jar(repository.resolve("platform-clients-3.0.jar"), 0, "com/example/platform/Clients.class");
        Path shaded = jar(basedir.resolve("target/orders-1.0.jar"), 6 * 1024 * 1024,
                "software/amazon/awssdk/services/s3/S3Client.class", "software/amazon/awssdk/services/sqs/SqsClient.class");

        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("orders");
        model.setVersion("1.0");
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        project.getBuild().setFinalName("orders-1.0");
        Artifact main = artifact("com.example", "orders", "1.0", shaded);
        project.setArtifact(main);
        String self = "com.example:orders:jar:1.0";
        Set<Artifact> resolved = new LinkedHashSet<>(List.of(
                artifact("com.amazonaws", "aws-lambda-java-core", "1.2.3", null, self, "com.amazonaws:aws-lambda-java-core:jar:1.2.3"),
                artifact("com.example", "platform-clients", "3.0", clients, self, "com.example:platform-clients:jar:3.0"),
                artifact("software.amazon.awssdk", "bundle", "2.25.0", bundle, self,
                        "com.example:platform-clients:jar:3.0", "software.amazon.awssdk:bundle:jar:2.25.0")));
        project.setArtifacts(resolved);

        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.project = project;
        mojo.failOnViolation = true;
        mojo.severityThreshold = "warning";
        mojo.maxAllowedViolations = 0;
        mojo.formats = List.of("none");
        mojo.printSummary = true;
        mojo.threads = 2;

        assertThrows(MojoFailureException.class, mojo::execute);
        List<String> warnings = log.at("WARNING");
        assertEquals(2, warnings.stream().filter(l -> l.contains("SL20")).count(), log.lines.toString());
        String all = String.join("\n", log.lines);
        assertTrue(all.contains("target/orders-1.0.jar is 12.0 MB zipped, over the 10.0 MB cold-start budget "
                + "(budgetMb). Biggest contributors: software.amazon.awssdk:bundle:2.25.0 12.0 MB (100%)"), all);
        assertTrue(all.contains("pom.xml:14") && all.contains("software.amazon.awssdk:bundle (brought in by com.example:platform-clients) is every"), all);
    }
}
