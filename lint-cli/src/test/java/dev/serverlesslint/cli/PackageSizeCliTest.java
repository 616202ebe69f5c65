package dev.serverlesslint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --artifact}, discovered artifacts (SL207) and pom.xml dependencies (SL208) from the command line. */
class PackageSizeCliTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A jar of one stored entry of pseudo-random bytes: its zipped size is about {@code size}. */
    private Path jar(String path, int size) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        byte[] data = new byte[size];
        new Random(1).nextBytes(data);
        CRC32 crc = new CRC32();
        crc.update(data);
        ZipEntry entry = new ZipEntry("com/example/Big.class");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc.getValue());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void artifactOptionMeasuresTheGivenJar() throws IOException {
        Path jar = jar("target/app.jar", 11 * 1024 * 1024);
        CliRun run = CliRun.json("--rule", "SL207", "--artifact", jar.toString(), dir.toString());
        assertEquals(List.of(dir.relativize(jar).toString().replace('\\', '/') + ":1 SL207"), run.findings(),
                run.stdout() + run.stderr());
        assertTrue(run.stdout().contains("com/example/ 11.0 MB (100%)"), run.stdout());
        assertEquals(1, run.exitCode());
    }

    @Test
    void packageArtifactOfServerlessYmlIsFoundWithoutTheOption() throws IOException {
        write("serverless.yml", """
                service: orders
                provider:
                  name: aws
                  runtime: java21
                functions:
                  create:
                    handler: com.example.Create::handleRequest
                    package:
                      artifact: build/create.zip
                """);
        jar("build/create.zip", 11 * 1024 * 1024);
        CliRun run = CliRun.json("--rule", "SL207", dir.toString());
        assertEquals(List.of("serverless.yml:9 SL207"), run.findings(), run.stdout() + run.stderr());
    }

    @Test
    void missingArtifactIsAUsageError() {
        CliRun run = CliRun.json("--artifact", dir.resolve("target/none.jar").toString(), dir.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("is not a file"), run.stderr());
    }

    @Test
    void pomDependenciesAreChecked() throws IOException {
        write("pom.xml", """
                <project>
                  <dependencies>
                    <dependency>
                      <groupId>com.amazonaws</groupId>
                      <artifactId>aws-lambda-java-core</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>software.amazon.awssdk</groupId>
                      <artifactId>bundle</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """);
        CliRun run = CliRun.json("--rule", "SL208", dir.toString());
        assertEquals(List.of("pom.xml:9 SL208"), run.findings(), run.stdout() + run.stderr());
        assertTrue(run.stdout().contains("use the service modules you call"), run.stdout());
        assertEquals(List.of(), CliRun.json("--rule", "SL208", "--exclude", "pom.xml", dir.toString()).findings());
    }

    @TempDir
    Path cache;

    /** Issue 13's reproduction: a cached run, then the declared artifact grows to 14 MB. */
    @Test
    void aCachedRunSeesTheArtifactGrow() throws IOException {
        write("serverless.yml", """
                service: orders
                provider: {name: aws, runtime: java21}
                package: {artifact: target/orders.jar}
                functions:
                  getOrder:
                    handler: com.example.GetOrderHandler
                """);
        jar("target/orders.jar", 1024);
        CliRun small = CliRun.json("--rule", "SL207", "--cache-dir", cache.toString(), dir.toString());
        assertEquals(List.of(), small.findings(), small.stdout() + small.stderr());
        jar("target/orders.jar", 14 * 1024 * 1024);
        CliRun grown = CliRun.json("--rule", "SL207", "--cache-dir", cache.toString(), dir.toString());
        assertEquals(List.of("serverless.yml:3 SL207"), grown.findings(), grown.stdout() + grown.stderr());
    }

    /** Issue 13's reproduction: com.amazonaws:aws-java-sdk added to pom.xml between two cached runs. */
    @Test
    void aCachedRunSeesADependencyAdded() throws IOException {
        String pom = """
                <project>
                  <dependencies>
                    <dependency>
                      <groupId>com.amazonaws</groupId>
                      <artifactId>aws-lambda-java-core</artifactId>
                    </dependency>%s
                  </dependencies>
                </project>
                """;
        write("pom.xml", pom.formatted(""));
        assertEquals(List.of(), CliRun.json("--rule", "SL208", "--cache-dir", cache.toString(), dir.toString())
                .findings());
        write("pom.xml", pom.formatted("""

                    <dependency>
                      <groupId>com.amazonaws</groupId>
                      <artifactId>aws-java-sdk</artifactId>
                    </dependency>"""));
        CliRun added = CliRun.json("--rule", "SL208", "--cache-dir", cache.toString(), dir.toString());
        assertEquals(List.of("pom.xml:9 SL208"), added.findings(), added.stdout() + added.stderr());
    }
}
