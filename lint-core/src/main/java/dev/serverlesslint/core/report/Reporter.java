package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.LintResult;

import java.io.IOException;
import java.io.Writer;

/** Writes a lint result in one output format. Output depends only on the result: same input, same bytes. */
public interface Reporter {

    void write(LintResult result, Writer out) throws IOException;
}
