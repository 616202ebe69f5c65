package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.java.JavaOutline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored form of Java files' outlines, so that a run need not read and scan a file whose content
 * it knows: every string once, in a table shared by all files (identifiers repeat from file to file),
 * and each outline as variable-length numbers: indexes into the table and counts. The table may extend
 * a {@link Base} that other tables share: indexes below the base's size are the base's strings, the
 * others this table's own {@link #strings}. Made in one thread; {@link #decode} may run in many.
 */
final class OutlineTable {

    /** Strings shared by several tables, with their indexes; read-only once made. */
    static final class Base {
        static final Base EMPTY = new Base(List.of());
        private final List<String> strings;
        private final Map<String, Integer> indexes;

        Base(List<String> strings) {
            this.strings = strings;
            this.indexes = new HashMap<>(strings.size() * 2);
            for (int i = 0; i < strings.size(); i++) {
                indexes.putIfAbsent(strings.get(i), i);
            }
        }
    }

    private final Base base;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    OutlineTable() {
        this(Base.EMPTY);
    }

    OutlineTable(Base base) {
        this.base = base;
    }

    /** The strings the encoded outlines refer to beyond the base's, by index after the base's. */
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
        return decode(path, encoded, List.of(), strings);
    }

    /**
     * The outline of the file at {@code path} from its form encoded by a table with base strings
     * {@code base} and its own {@code strings}.
     *
     * @throws IllegalArgumentException when the bytes are not such an outline
     */
    static JavaOutline decode(String path, byte[] encoded, List<String> base, List<String> strings) {
        Reader in = new Reader(encoded, base, strings);
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
        Integer known = base.indexes.get(value);
        if (known == null) {
            known = indexes.get(value);
        }
        if (known != null) {
            return known;
        }
        int index = base.strings.size() + strings.size();
        indexes.put(value, index);
        strings.add(value);
        return index;
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
        private final List<String> base;
        private final List<String> strings;
        private int position;

        Reader(byte[] bytes, List<String> base, List<String> strings) {
            this.bytes = bytes;
            this.base = base;
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
            int index = number();
            return index < base.size() ? base.get(index) : strings.get(index - base.size());
        }

        /** A set, immutable as {@link JavaOutline} keeps it (so it is not copied again); distinct values. */
        Set<String> strings() {
            int count = count();
            String[] values = new String[count];
            for (int i = 0; i < count; i++) {
                values[i] = string();
            }
            try {
                return Set.of(values);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a value twice in a set at " + position, e);
            }
        }
    }
}
