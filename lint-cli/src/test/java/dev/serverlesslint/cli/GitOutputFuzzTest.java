package dev.serverlesslint.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.util.List;

/**
 * Fuzz target for the parsing of git's output behind {@code --diff-base} ({@code ls-tree -z},
 * {@code cat-file --batch}) and the Java line diff: whatever git prints, the result is a value or an
 * IOException, never another exception. Saved inputs run as regression tests in every build; see
 * "Fuzzing" in the README to fuzz for real.
 */
class GitOutputFuzzTest {

    @FuzzTest
    void gitOutputParsersAndLineDiff(FuzzedDataProvider data) {
        byte[] before = data.consumeBytes(data.consumeInt(0, 4096));
        byte[] after = data.consumeBytes(data.consumeInt(0, 4096));
        String id = data.consumeAsciiString(64);
        byte[] output = data.consumeRemainingAsBytes();
        GitChangedLines.nulSeparated(output);
        try {
            GitChangedLines.treeEntries(output);
        } catch (IOException expected) {
            // malformed ls-tree output is reported, not crashed on
        }
        try {
            GitChangedLines.blobs(output, List.of(id, id));
        } catch (IOException expected) {
            // malformed or short cat-file output is reported, not crashed on
        }
        for (int line : GitChangedLines.addedLines(before, after)) {
            if (line < 1) {
                throw new IllegalStateException("line numbers are 1-based: " + line);
            }
        }
    }
}
