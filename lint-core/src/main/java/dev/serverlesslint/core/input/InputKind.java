package dev.serverlesslint.core.input;

/** The kinds of input a run records, each checked again its own way (see {@link FileInputs#current}). */
public enum InputKind {
    /** A file whose bytes were read: SHA-256 of exactly those bytes. */
    CONTENT,
    /** A file measured, not read whole (an archive, a file over the size limit): size and modification time. */
    METADATA,
    /** A file looked for and not found. */
    ABSENT,
    /** A directory measured: its regular files' paths, sizes and modification times, as one digest. */
    TREE,
    /** A list the run worked from (the files discovered): SHA-256 of its items. */
    LISTING,
    /** A setting of the run (a field of the request, the tool's version and build). */
    SETTING
}
