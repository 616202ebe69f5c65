package dev.serverlesslint.maven;

import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.DefaultDependencyNode;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    private static DependencyNode node(String group, String id, String version, Path file, DependencyNode... children) {
        Artifact artifact = new DefaultArtifact(group, id, "jar", version);
        if (file != null) {
            artifact = artifact.setFile(file.toFile());
        }
        DefaultDependencyNode node = new DefaultDependencyNode(new Dependency(artifact, "compile"));
        node.setChildren(new ArrayList<>(List.of(children)));
        return node;
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

        CheckMojo mojo = mojo(project(shaded));
        mojo.dependenciesResolver = request -> ResolvedGraph.of(
                node("com.amazonaws", "aws-lambda-java-core", "1.2.3", null),
                node("com.example", "platform-clients", "3.0", clients,
                        node("software.amazon.awssdk", "bundle", "2.25.0", bundle)));

        assertThrows(MojoFailureException.class, mojo::execute);
        List<String> warnings = log.at("WARNING");
        assertEquals(2, warnings.stream().filter(l -> l.contains("SL20")).count(), log.lines.toString());
        String all = String.join("\n", log.lines);
        assertTrue(all.contains("target/orders-1.0.jar is 12.0 MB zipped, over the 10.0 MB cold-start budget "
                + "(budgetMb). Biggest contributors: software.amazon.awssdk:bundle:2.25.0 12.0 MB (100%)"), all);
        assertTrue(all.contains("pom.xml:14") && all.contains("software.amazon.awssdk:bundle (brought in by com.example:platform-clients) is every"), all);
    }

    @Test
    void aDependencyThatCannotBeResolvedIsOneWarningAndTheLintGoesOn() throws IOException {
        Files.writeString(basedir.resolve("pom.xml"), POM.replace(
                "<groupId>com.example</groupId>\n      <artifactId>platform-clients",
                "<groupId>com.amazonaws</groupId>\n      <artifactId>aws-java-sdk"));
        Path shaded = jar(basedir.resolve("target/orders-1.0.jar"), 11 * 1024 * 1024, "com/example/Orders.class");
        CheckMojo mojo = mojo(project(shaded));
        mojo.dependenciesResolver = request -> {
            throw new DependencyResolutionException(ResolvedGraph.of(), "Could not resolve dependencies for project "
                    + "com.example:orders:jar:1.0\nThe following artifacts could not be resolved: com.amazonaws:"
                    + "aws-java-sdk:jar:3.0 (absent)", null);
        };

        assertThrows(MojoFailureException.class, mojo::execute);

        List<String> warnings = log.at("WARNING");
        assertEquals(List.of(
                "serverless-lint: cannot resolve the dependencies of orders (Could not resolve dependencies for "
                        + "project com.example:orders:jar:1.0); linting without them: package sizes are not attributed "
                        + "to dependencies (SL207) and SL208 reads the dependencies declared in pom.xml.",
                "pom.xml:14:1  warning  SL208 heavy-dependency  com.amazonaws:aws-java-sdk is the whole AWS SDK "
                        + "for Java v1: every service client in one dependency, hundreds of megabytes unzipped, far "
                        + "over what a function uses and slow to load; use the service modules you call "
                        + "(com.amazonaws:aws-java-sdk-s3, ...), or better AWS SDK for Java v2 service modules instead.",
                "target/orders-1.0.jar:1:1  warning  SL207 oversized-package  Deployment package target/orders-1.0.jar "
                        + "is 11.0 MB zipped, over the 10.0 MB cold-start budget (budgetMb). Biggest contributors: "
                        + "com/example/ 11.0 MB (100%). Depend on SDK service modules instead of bundles, drop what the "
                        + "function does not use, or minimize the shaded jar."), warnings.subList(0, Math.min(3, warnings.size())), log.lines.toString());
    }

    private MavenProject project(Path packagedJar) {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("orders");
        model.setVersion("1.0");
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        MavenProjects.conventionalLayout(project);
        project.getBuild().setFinalName("orders-1.0");
        org.apache.maven.artifact.DefaultArtifact main = new org.apache.maven.artifact.DefaultArtifact(
                "com.example", "orders", "1.0", "compile", "jar", null, new DefaultArtifactHandler("jar"));
        main.setFile(packagedJar.toFile());
        project.setArtifact(main);
        return project;
    }

    private CheckMojo mojo(MavenProject project) {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.project = project;
        mojo.failOnViolation = true;
        mojo.severityThreshold = "warning";
        mojo.maxAllowedViolations = 0;
        mojo.formats = List.of("none");
        mojo.printSummary = true;
        mojo.threads = 2;
        return mojo;
    }
}
