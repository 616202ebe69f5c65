package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.config.ConfigLoader;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.input.FileInputs;
import dev.serverlesslint.core.input.InputLog;
import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaOutlineScanner;
import dev.serverlesslint.core.java.JavaSourceParser;
import dev.serverlesslint.core.java.OutlineStrings;
import dev.serverlesslint.core.source.IoFailure;
import dev.serverlesslint.core.source.ParseOutcome;
import dev.serverlesslint.core.source.RegularFileReader;
import dev.serverlesslint.core.source.SourceEncoding;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceKind;
import dev.serverlesslint.core.source.SourceText;
import dev.serverlesslint.core.suppression.SuppressionStage;

import java.io.IOException;
import java.util.Optional;

/** Reads and parses one file of any kind; never throws for bad input. */
public final class SourceReader {

    private final long maxFileBytes;
    private final JavaSourceParser javaParser = new JavaSourceParser();
    private final ConfigLoader configLoader;
    private final InputLog inputs;
    private final SourceEncoding encoding;
    /** The identifiers of the outlines this reader makes: one string each. */
    private final OutlineStrings outlineStrings = new OutlineStrings();

    public SourceReader(long maxFileBytes) {
        this(maxFileBytes, InputLog.NONE, SourceEncoding.UTF_8);
    }

    /**
     * @param inputs   where each file's bytes are recorded as read
     * @param encoding how the files are decoded
     */
    public SourceReader(long maxFileBytes, InputLog inputs, SourceEncoding encoding) {
        this.maxFileBytes = maxFileBytes;
        this.configLoader = new ConfigLoader((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        this.inputs = inputs;
        this.encoding = encoding;
    }

    public ParseOutcome<?> read(SourceFile file) {
        ParseOutcome<byte[]> bytes = bytes(file);
        return bytes.failure() != null ? bytes : parse(file, bytes.value());
    }

    /**
     * The outline of a Java file, or empty when the file cannot be read, is too large or is binary
     * (parsing it reports why, if it is ever parsed).
     */
    public Optional<JavaOutline> outline(SourceFile file) {
        return outlined(file, false).map(Outlined::outline);
    }

    /** A Java file's outline and the SHA-256 of the bytes it was made from. */
    public record Outlined(JavaOutline outline, String contentDigest) {
    }

    /**
     * {@link #outline}, with the digest of the file's bytes when {@code withDigest} (computed once, for
     * this and for the record of inputs), else {@code null}.
     */
    public Optional<Outlined> outlined(SourceFile file, boolean withDigest) {
        byte[] bytes = bytes(file, withDigest).value();
        if (bytes == null) {
            return Optional.empty();
        }
        String digest = null;
        if (withDigest) {
            digest = FileInputs.digest(bytes);
            inputs.content(file.absolutePath(), digest);
        }
        SourceText text = encoding.decode(file.relativePath(), bytes);
        return text.looksBinary() ? Optional.empty()
                : Optional.of(new Outlined(JavaOutlineScanner.scan(file.relativePath(), text.content(), outlineStrings), digest));
    }

    private ParseOutcome<byte[]> bytes(SourceFile file) {
        return bytes(file, false);
    }

    /**
     * A file's bytes, or why they were not read (too large, unreadable). With {@code digestAgain}
     * the caller digests the bytes itself, so the record is taken from the same digest.
     */
    private ParseOutcome<byte[]> bytes(SourceFile file, boolean digestAgain) {
        try {
            byte[] bytes = RegularFileReader.read(file.absolutePath(), maxFileBytes);
            if (!digestAgain) {
                inputs.content(file.absolutePath(), bytes);
            }
            return ParseOutcome.parsed(bytes);
        } catch (RegularFileReader.FileTooLargeException e) {
            inputs.metadata(file.absolutePath());
            return ParseOutcome.failed(file, SourcePosition.START, e.getMessage() + "; it was not parsed");
        } catch (RegularFileReader.NotRegularFileException e) {
            inputs.unusable("cannot read " + file.relativePath());
            return ParseOutcome.failed(file, SourcePosition.START, "not read: " + e.getMessage());
        } catch (IOException | SecurityException e) {
            inputs.unusable("cannot read " + file.relativePath());
            return ParseOutcome.failed(file, SourcePosition.START, "cannot read this file: " + IoFailure.reason(e));
        }
    }

    /** Parses a file's content: a Java source, a deployment configuration, nothing, or a failure. */
    public ParseOutcome<?> parse(SourceFile file, byte[] bytes) {
        SourceText text = encoding.decode(file.relativePath(), bytes);
        if (text.looksBinary()) {
            return file.kind() == SourceKind.JAVA || ConfigLoader.isConfigFileName(file)
                    ? ParseOutcome.failed(file, SourcePosition.START, "binary content (NUL bytes) in a source file")
                    : ParseOutcome.ignored();
        }
        try {
            if (file.kind() != SourceKind.JAVA) {
                return configLoader.load(file, text);
            }
            ParseOutcome<JavaSource> java = javaParser.parse(file, text);
            return java.value() == null ? java : ParseOutcome.parsed(new JavaSource(file, java.value().unit(),
                    SuppressionStage.mayHoldSuppressions(text.content())));
        } catch (StackOverflowError e) {
            return ParseOutcome.failed(file, SourcePosition.START, "nesting too deep to parse");
        }
    }
}
