package dev.serverlesslint.core.cache;

import dev.serverlesslint.core.engine.IncrementalState;
import dev.serverlesslint.core.engine.ModelState;
import dev.serverlesslint.core.input.Input;

import java.util.List;

/**
 * One stored run's per-file layer, the part read first: which build of the linter made it, every input
 * the run read with its value then (but the Java files' content, which the shards record file by file),
 * the run's project-wide facts of {@link IncrementalState} (with its {@link ModelState}, when kept), and the names of the files that hold its
 * shared strings and its {@link IncrementalState.Shard shards}, in shard order. Used when the whole result cannot be: the files
 * that changed are checked again, the others' checks reused when the change cannot affect them.
 * <p>
 * Such a file is named after a digest of its content and never rewritten in place: this entry, moved
 * into place after its shards, refers only to complete files, and a run that changed few files writes
 * only the shards they are in.
 */
record FileResultsEntry(int format, String code, List<Input> inputs, List<String> modelFiles,
                        List<String> namesAsked, List<String> suffixesAsked, String strings, List<String> shards,
                        ModelState model) {

    /** Raised when the stored form changes, so entries of an older form are ignored. */
    static final int FORMAT = 4;

    boolean isConsistent() {
        return format == FORMAT && code != null && inputs != null && modelFiles != null && namesAsked != null
                && suffixesAsked != null && isPartName(strings) && shards != null && shards.size() == IncrementalState.SHARDS
                && shards.stream().allMatch(FileResultsEntry::isPartName);
    }

    /** A part's file name as {@link FileResultsStore} writes it: no path, nothing but digests and suffixes. */
    private static boolean isPartName(String name) {
        return name != null && name.matches("[0-9a-f]{32}\\.files\\.[0-9a-f]{32}\\.shard");
    }
}
