package dev.serverlesslint.core.cache;

import dev.serverlesslint.core.engine.IncrementalState;
import dev.serverlesslint.core.input.Input;

import java.util.List;

/**
 * One stored run's per-file layer: which build of the linter made it, every input the run read
 * with its value then, and what each Java file's check gave ({@link IncrementalState}). Used when
 * the whole result cannot be: the files that changed are checked again, the others' checks reused
 * when the change cannot affect them.
 */
record FileResultsEntry(int format, String code, List<Input> inputs, IncrementalState state) {

    /** Raised when the stored form changes, so entries of an older form are ignored. */
    static final int FORMAT = 2;

    boolean isConsistent() {
        return format == FORMAT && code != null && inputs != null && state != null && state.files() != null
                && state.modelFiles() != null && state.outlineStrings() != null && state.namesAsked() != null && state.suffixesAsked() != null
                && state.files().values().stream().allMatch(file -> file != null);
    }
}
