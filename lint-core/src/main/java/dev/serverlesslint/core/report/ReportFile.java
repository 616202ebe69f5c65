package dev.serverlesslint.core.report;

import dev.serverlesslint.core.ToolVersion;
import dev.serverlesslint.core.source.IoFailure;
import dev.serverlesslint.core.source.SourceKind;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a report file so that readers only ever see a whole report: the content goes to a
 * temporary file in the same directory, which is then renamed over the target in one step. An
 * interrupted run (Ctrl-C, SIGTERM, a full disk, an {@link Error} such as running out of memory)
 * leaves the previous report as it was and no temporary file behind. Every failure is one
 * {@link ReportFileException} whose message names the file and says why, in words
 * ("cannot write report /x: permission denied").
 */
public final class ReportFile {

    /** Writes the report's content to a writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** The bytes of an existing file that are looked at to recognise an earlier report. */
    private static final int SIGNATURE_BYTES = 4096;

    private ReportFile() {
    }

    /** Writes {@code content} to {@code target} atomically, creating missing parent directories. */
    public static void write(Path target, Content content) throws ReportFileException {
        Path file = target.toAbsolutePath().normalize();
        Path directory = file.getParent();
        Path temporary = null;
        try {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ReportFileException(target, "it is a directory");
            }
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
            PendingTemporaryFiles.add(temporary); // removed if the JVM is stopped mid-write (Ctrl-C, SIGTERM)
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 Writer writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                         StandardCharsets.UTF_8.newEncoder()))) {
                content.writeTo(writer);
                writer.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            PendingTemporaryFiles.done(temporary);
            temporary = null;
        } catch (ReportFileException e) {
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            throw new ReportFileException(target, IoFailure.reason(e), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                    PendingTemporaryFiles.done(temporary);
                } catch (IOException | RuntimeException ignored) {
                    // still pending: the shutdown hook tries again
                }
            }
        }
    }

    /**
     * Whether writing a report to {@code target} would destroy a file the linter reads: it exists, is
     * a kind of file that is linted (Java, YAML, JSON, template), and is not an earlier report of this
     * tool (a report names the tool near its start).
     */
    public static boolean wouldOverwriteInput(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                || SourceKind.of(file.getFileName().toString()) == SourceKind.OTHER) {
            return false;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            String start = new String(in.readNBytes(SIGNATURE_BYTES), StandardCharsets.UTF_8);
            return !start.contains("\"" + ToolVersion.NAME + "\"");
        } catch (IOException e) {
            return true;
        }
    }
}
