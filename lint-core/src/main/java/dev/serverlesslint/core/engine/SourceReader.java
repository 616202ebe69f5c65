package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.config.ConfigLoader;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSourceParser;
import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceKind;
import dev.serverlesslint.core.source.SourceText;

import java.io.IOException;
import java.nio.file.Files;

/** Reads and parses one file of any kind; never throws for bad input. */
public final class SourceReader {

    private final long maxFileBytes;
    private final JavaSourceParser javaParser = new JavaSourceParser();
    private final ConfigLoader configLoader;

    public SourceReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
        this.configLoader = new ConfigLoader((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
    }

    public ParseOutcome<?> read(SourceFile file) {
        byte[] bytes;
        try {
            long size = Files.size(file.absolutePath());
            if (size > maxFileBytes) {
                return ParseOutcome.failed(file, SourcePosition.START, "file is " + size
                        + " bytes, over the " + maxFileBytes + "-byte limit; it was not parsed");
            }
            bytes = Files.readAllBytes(file.absolutePath());
        } catch (IOException | SecurityException e) {
            return ParseOutcome.failed(file, SourcePosition.START, "cannot read file: " + e.getMessage());
        }
        return parse(file, bytes);
    }

    /** Parses a file's content: a Java source, a deployment configuration, nothing, or a failure. */
    public ParseOutcome<?> parse(SourceFile file, byte[] bytes) {
        SourceText text = SourceText.decode(bytes);
        if (text.looksBinary()) {
            return file.kind() == SourceKind.JAVA || ConfigLoader.isConfigFileName(file)
                    ? ParseOutcome.failed(file, SourcePosition.START, "binary content (NUL bytes) in a source file")
                    : ParseOutcome.ignored();
        }
        try {
            return file.kind() == SourceKind.JAVA ? javaParser.parse(file, text) : configLoader.load(file, text);
        } catch (StackOverflowError e) {
            return ParseOutcome.failed(file, SourcePosition.START, "nesting too deep to parse");
        }
    }
}
