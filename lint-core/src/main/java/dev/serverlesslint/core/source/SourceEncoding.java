package dev.serverlesslint.core.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * How the project's files are decoded, the one place that decides it: Java sources in the project's
 * source encoding (javac's {@code -encoding}, Maven's {@code project.build.sourceEncoding}), deployment
 * configuration always as UTF-8: YAML 1.2 is a Unicode format and RFC 8259 requires UTF-8 for JSON, so
 * a project's build encoding says nothing about them. Every reader of project text (parsing, suppression comments, report snippets and
 * fingerprints) decodes through this, so a finding's line, column and snippet agree.
 *
 * @param java the charset of Java sources
 */
public record SourceEncoding(Charset java) {

    /** UTF-8 for everything: the default of the command line and of a build that sets no source encoding. */
    public static final SourceEncoding UTF_8 = new SourceEncoding(StandardCharsets.UTF_8);

    public SourceEncoding {
        java = java == null ? StandardCharsets.UTF_8 : java;
    }

    /**
     * The encoding named {@code name} (any name or alias the JDK knows, e.g. {@code ISO-8859-1}, {@code windows-1252});
     * blank: UTF-8.
     *
     * @throws IllegalArgumentException naming the encoding when the JDK does not know it
     */
    public static SourceEncoding named(String name) {
        if (name == null || name.isBlank()) {
            return UTF_8;
        }
        try {
            return new SourceEncoding(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + name.trim() + "' (e.g. UTF-8, ISO-8859-1, windows-1252)", e);
        }
    }

    /** The text of the file at {@code path} (relative or absolute; its name decides how it is decoded). */
    public SourceText decode(String path, byte[] bytes) {
        return SourceText.decode(bytes, SourceKind.of(path) == SourceKind.JAVA ? java : StandardCharsets.UTF_8);
    }

    /** The charset's canonical name, e.g. {@code UTF-8}. */
    public String javaName() {
        return java.name();
    }
}
