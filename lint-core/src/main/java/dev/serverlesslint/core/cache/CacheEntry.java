package dev.serverlesslint.core.cache;

import dev.serverlesslint.core.input.Input;

import java.util.List;

/**
 * One stored run: which build of the linter made it, every input the run read with its value then,
 * and the result. The result is valid while every input still has that value.
 */
record CacheEntry(int format, String code, List<Input> inputs, CachedResult result) {

    /** Raised when the stored form changes, so entries of an older form are ignored. */
    static final int FORMAT = 2;

    boolean isConsistent() {
        return format == FORMAT && code != null && inputs != null && result != null && result.isConsistent();
    }
}
