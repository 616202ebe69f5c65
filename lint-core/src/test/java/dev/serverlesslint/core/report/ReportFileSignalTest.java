package dev.serverlesslint.core.report;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real signal, not a simulated failure: a separate JVM is stopped with SIGTERM or SIGINT while it is
 * in the middle of writing a report, and the previous report must be intact with no temporary file left.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ReportFileSignalTest {

    private static final String WRITING = "half written";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalMidWriteKeepsThePreviousReport(String signal) throws Exception {
        Path report = dir.resolve("report.sarif");
        Files.writeString(report, "previous");
        Process writer = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HalfWrite.class.getName(), report.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals(WRITING, out.readLine(), "the child JVM did not start writing");
            assertEquals(1, temporaryFiles().size(), "the report is being written to a temporary file");

            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(writer.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the writer did not stop on SIG" + signal);
        } finally {
            writer.destroyForcibly();
        }

        assertEquals("previous", Files.readString(report));
        assertEquals(List.of(), temporaryFiles());
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals("report.sarif")).toList();
        }
    }

    /** The child: writes part of a report, says so, and waits to be stopped. */
    public static final class HalfWrite {
        public static void main(String[] args) throws Exception {
            ReportFile.write(Path.of(args[0]), writer -> {
                writer.write("{\"runs\": [");
                writer.flush();
                System.out.println(WRITING);
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    throw new IOException("interrupted", e);
                }
            });
        }
    }
}
