package dev.serverlesslint.core.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a run read, recorded where it is read: so a cached result is valid exactly while every input
 * is unchanged. Files are recorded by the bytes actually read, not by a look taken before or after.
 * Thread-safe: workers record concurrently. {@link #NONE} records nothing (runs without a cache).
 */
public class InputLog {

    /** Records nothing, at no cost. */
    public static final InputLog NONE = new InputLog() {
        @Override
        void add(Input input) {
        }

        @Override
        public boolean isRecording() {
            return false;
        }

        @Override
        public void unusable(String reason) {
        }
    };

    private final Set<Input> inputs = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean usable = new AtomicBoolean(true);

    void add(Input input) {
        inputs.add(input);
    }

    /** Whether anything is recorded (callers may skip work needed only for the record). */
    public boolean isRecording() {
        return true;
    }

    /** A file's bytes, as read. */
    public void content(Path file, byte[] bytes) {
        if (isRecording()) {
            content(file, FileInputs.digest(bytes));
        }
    }

    /** A file's bytes, as read, by their digest ({@link FileInputs#digest}), for a caller that needed it anyway. */
    public void content(Path file, String digest) {
        if (isRecording()) {
            add(new Input(InputKind.CONTENT, key(file), digest));
        }
    }

    /** A file measured by its size and time (or found absent), as it is now. */
    public void metadata(Path file) {
        if (isRecording()) {
            add(FileInputs.metadataOf(key(file)));
        }
    }

    /** A file looked for and not there. */
    public void absent(Path file) {
        add(new Input(InputKind.ABSENT, key(file), ""));
    }

    /** A directory measured as a whole. */
    public void tree(Path directory) {
        if (isRecording()) {
            add(new Input(InputKind.TREE, key(directory), FileInputs.treeDigest(directory)));
        }
    }

    /** A list the run worked from, e.g. the files it discovered. */
    public void listing(String name, List<String> items) {
        if (isRecording()) {
            add(new Input(InputKind.LISTING, name, FileInputs.digest(String.join("\n", items))));
        }
    }

    /** A setting of the run. */
    public void setting(String name, String value) {
        add(new Input(InputKind.SETTING, name, value));
    }

    /** Something was read that cannot be recorded faithfully (an unreadable file): the run is not cacheable. */
    public void unusable(String reason) {
        usable.set(false);
    }

    /**
     * Whether the record describes one state of the project: nothing unrecordable, and no subject read
     * with two different values (a file that changed while the run read it twice).
     */
    public boolean isConsistent() {
        if (!usable.get()) {
            return false;
        }
        Set<String> seen = new TreeSet<>();
        for (Input input : inputs) {
            if (!seen.add(input.kind() + "\u0000" + input.subject())) {
                return false;
            }
        }
        return true;
    }

    /** Every input recorded, sorted. */
    public List<Input> inputs() {
        return new ArrayList<>(new TreeSet<>(inputs));
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
