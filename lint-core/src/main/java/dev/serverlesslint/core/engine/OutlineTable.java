package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.java.JavaOutline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored form of Java files' outlines, so that a run need not read and scan a file whose content
 * it knows: every string once, in a table shared by all files (identifiers repeat from file to file),
 * and each outline as variable-length numbers: indexes into the table and counts. Made in one thread;
 * {@link #decode} may run in many.
 */
final class OutlineTable {

    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    /** The strings the encoded outlines refer to, by index. */
    List<String> strings() {
        return strings;
    }

    byte[] encode(JavaOutline outline) {
        Numbers out = new Numbers();
        out.write(index(outline.packageName()));
        out.write(outline.imports().size());
        for (JavaOutline.Import imported : outline.imports()) {
            out.write(index(imported.name()));
            out.write((imported.isStatic() ? 1 : 0) | (imported.onDemand() ? 2 : 0));
        }
        out.write(outline.types().size());
        for (JavaOutline.DeclaredType type : outline.types()) {
            out.write(index(type.name()));
            out.write(index(type.qualifiedName()));
            writeAll(out, type.headerNames());
        }
        writeAll(out, outline.names());
        writeAll(out, outline.dottedNames());
        return out.toByteArray();
    }

    /**
     * The outline of the file at {@code path} from its encoded form.
     *
     * @throws IllegalArgumentException when the bytes are not an outline encoded with {@code strings}
     */
    static JavaOutline decode(String path, byte[] encoded, List<String> strings) {
        Reader in = new Reader(encoded, strings);
        try {
            String packageName = in.string();
            int importCount = in.count();
            List<JavaOutline.Import> imports = new ArrayList<>(importCount);
            for (int i = 0; i < importCount; i++) {
                String name = in.string();
                int flags = in.number();
                imports.add(new JavaOutline.Import(name, (flags & 1) != 0, (flags & 2) != 0));
            }
            int typeCount = in.count();
            List<JavaOutline.DeclaredType> types = new ArrayList<>(typeCount);
            for (int i = 0; i < typeCount; i++) {
                types.add(new JavaOutline.DeclaredType(in.string(), in.string(), in.strings()));
            }
            Set<String> names = in.strings();
            Set<String> dottedNames = in.strings();
            if (in.position != encoded.length) {
                throw new IllegalArgumentException("bytes after the outline of " + path);
            }
            return new JavaOutline(path, packageName, imports, types, names, dottedNames);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not an outline of " + path, e);
        }
    }

    private void writeAll(Numbers out, Collection<String> values) {
        out.write(values.size());
        for (String value : values) {
            out.write(index(value));
        }
    }

    private int index(String value) {
        Integer known = indexes.get(value);
        if (known != null) {
            return known;
        }
        indexes.put(value, strings.size());
        strings.add(value);
        return strings.size() - 1;
    }

    /** Non-negative numbers, seven bits a byte, the high bit set on every byte but a number's last. */
    private static final class Numbers {
        private byte[] bytes = new byte[64];
        private int size;

        void write(int number) {
            int rest = number;
            while ((rest & ~0x7F) != 0) {
                add((byte) ((rest & 0x7F) | 0x80));
                rest >>>= 7;
            }
            add((byte) rest);
        }

        private void add(byte value) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = value;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private final List<String> strings;
        private int position;

        Reader(byte[] bytes, List<String> strings) {
            this.bytes = bytes;
            this.strings = strings;
        }

        int number() {
            int number = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                byte next = bytes[position++];
                number |= (next & 0x7F) << shift;
                if ((next & 0x80) == 0) {
                    if (number < 0) {
                        break;
                    }
                    return number;
                }
            }
            throw new IllegalArgumentException("not a number at " + position);
        }

        /** A count of items that follow, each at least one byte: never more than the bytes left. */
        int count() {
            int count = number();
            if (count > bytes.length - position) {
                throw new IllegalArgumentException("count beyond the end at " + position);
            }
            return count;
        }

        String string() {
            return strings.get(number());
        }

        Set<String> strings() {
            int count = count();
            Set<String> values = new HashSet<>(count * 2);
            for (int i = 0; i < count; i++) {
                values.add(string());
            }
            return values;
        }
    }
}
