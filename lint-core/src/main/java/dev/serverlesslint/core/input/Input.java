package dev.serverlesslint.core.input;

import java.util.Objects;

/**
 * One thing a run read, and what it was: the digest of a file's bytes, a file's size and time, that a
 * file was absent, a directory tree's summary, a list of discovered paths, or a setting's value.
 *
 * @param kind    what was read
 * @param subject the absolute path of the file or directory, or the name of the list or setting
 * @param value   what it was when read (for {@link InputKind#ABSENT}: empty)
 */
public record Input(InputKind kind, String subject, String value) implements Comparable<Input> {

    public Input {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public int compareTo(Input other) {
        int byKind = kind.compareTo(other.kind);
        if (byKind != 0) {
            return byKind;
        }
        int bySubject = subject.compareTo(other.subject);
        return bySubject != 0 ? bySubject : value.compareTo(other.value);
    }
}
