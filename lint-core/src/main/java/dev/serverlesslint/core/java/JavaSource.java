package dev.serverlesslint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import dev.serverlesslint.core.source.SourceFile;

/** A parsed Java file. The tree is shared read-only by all rules: rules must not modify it. */
public record JavaSource(SourceFile file, CompilationUnit unit) {

    public String path() {
        return file.relativePath();
    }
}
