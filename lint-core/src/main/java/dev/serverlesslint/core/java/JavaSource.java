package dev.serverlesslint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import dev.serverlesslint.core.source.SourceFile;

/**
 * A parsed Java file. The tree is shared read-only by all rules: rules must not modify it.
 *
 * @param mayHoldSuppressions false only when the file's text is known to hold no suppression
 *                            directive, so the tree need not be searched for one
 */
public record JavaSource(SourceFile file, CompilationUnit unit, boolean mayHoldSuppressions) {

    public JavaSource(SourceFile file, CompilationUnit unit) {
        this(file, unit, true);
    }

    public String path() {
        return file.relativePath();
    }
}
