package dev.serverlesslint.core.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveMeterTest {

    @TempDir
    Path dir;

    private static List<String> names(ArchiveMeasurement measurement) {
        return measurement.contributors().stream().map(c -> c.name() + "=" + c.unzippedBytes()).sorted().toList();
    }

    @Test
    void sumsEntrySizesAndGroupsByNestedJarAndPackageDirectory() throws IOException {
        Map<String, Integer> entries = new LinkedHashMap<>();
        entries.put("lib/jackson-databind-2.17.0.jar", 3000);
        entries.put("com/amazonaws/services/s3/AmazonS3.class", 100);
        entries.put("com/amazonaws/services/sqs/AmazonSQS.class", 200);
        entries.put("software/amazon/awssdk/services/dynamodb/DynamoDbClient.class", 400);
        entries.put("software/amazon/awssdk/core/SdkBytes.class", 50);
        entries.put("com/google/common/collect/Lists.class", 10);
        entries.put("META-INF/MANIFEST.MF", 5);
        entries.put("log4j2.xml", 7);
        entries.put("com/", 0);
        Path zip = TestArchives.zip(dir.resolve("function.zip"), entries);

        ArchiveMeasurement measurement = new ArchiveMeter().measure(zip, List.of());

        assertEquals(3772, measurement.unzippedBytes());
        assertEquals(Files.size(zip), measurement.zippedBytes());
        assertEquals(9, measurement.entries());
        assertFalse(measurement.truncated());
        assertEquals(List.of("(top-level files)=7", "META-INF/=5", "com/amazonaws/services/s3/=100",
                "com/amazonaws/services/sqs/=200", "com/google/=10", "lib/jackson-databind-2.17.0.jar=3000",
                "software/amazon/awssdk/=50", "software/amazon/awssdk/services/dynamodb/=400"), names(measurement));
    }

    @Test
    void entriesOfAResolvedDependencyJarAreAttributedToIt() throws IOException {
        Path s3 = TestArchives.zip(dir.resolve("s3-2.25.0.jar"), Map.of(
                "software/amazon/awssdk/services/s3/S3Client.class", 1,
                "META-INF/MANIFEST.MF", 1));
        Path shaded = TestArchives.zip(dir.resolve("app.jar"), Map.of(
                "software/amazon/awssdk/services/s3/S3Client.class", 500,
                "com/example/Handler.class", 20,
                "META-INF/MANIFEST.MF", 3));
        ResolvedDependency dependency = new ResolvedDependency("software.amazon.awssdk", "s3", "2.25.0", "compile",
                s3, null);

        ArchiveMeasurement measurement = new ArchiveMeter().measure(shaded, List.of(dependency));

        assertEquals(List.of("META-INF/=3", "com/example/=20", "software.amazon.awssdk:s3:2.25.0=500"),
                names(measurement));
    }

    @Test
    void entryCapMakesTheSizesLowerBounds() throws IOException {
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            entries.put("data/" + i + ".bin", 10);
        }
        ArchiveMeasurement measurement = new ArchiveMeter(5).measure(TestArchives.zip(dir.resolve("many.zip"), entries),
                List.of());
        assertTrue(measurement.truncated());
        assertEquals(5, measurement.entries());
        assertEquals(50, measurement.unzippedBytes());
    }

    @Test
    void notAZipIsAnIoException() throws IOException {
        Path text = Files.writeString(dir.resolve("app.jar"), "not a zip");
        assertThrows(IOException.class, () -> new ArchiveMeter().measure(text, List.of()));
    }
}
