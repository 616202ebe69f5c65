package dev.serverlesslint.core.config;

import dev.serverlesslint.core.finding.SourcePosition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A read-only node of a YAML or JSON configuration document with its position: a scalar, a
 * mapping (ordered entries) or a sequence. Navigation never fails: {@link #get} on anything but a
 * mapping, or for an absent key, returns {@link #MISSING}.
 * <p>
 * Values may be CloudFormation intrinsics ({@code !Ref x}, {@code {"Fn::GetAtt": [..]}}) or
 * Serverless Framework variables ({@code ${self:custom.x}}); rules ask {@link #isLiteral()} before
 * trusting a value, and say nothing when they cannot know it.
 */
public final class ConfigValue {

    public enum Kind { SCALAR, MAPPING, SEQUENCE, MISSING }

    /** A key and its value; the key's position is where findings about the entry point. */
    public record Entry(ConfigValue key, ConfigValue value) {
        /** The key's text; {@code ""} for a key that is not a scalar with text. */
        public String name() {
            String text = key.textOrNull();
            return text != null ? text : "";
        }
    }

    /**
     * Mappings with more entries than this are looked up through an index: a template's {@code Resources}
     * has hundreds, and the model asks them for every function and setting.
     */
    private static final int INDEXED_ENTRIES = 8;

    public static final ConfigValue MISSING =
            new ConfigValue(Kind.MISSING, null, null, List.of(), List.of(), SourcePosition.START);

    private final Kind kind;
    private final String scalar;
    private final String tag;
    private final List<Entry> entries;
    /** The last entry of each key of a large mapping (see {@link #INDEXED_ENTRIES}); {@code null} otherwise. */
    private final Map<String, Entry> lastEntryByName;
    private final List<ConfigValue> items;
    private final SourcePosition position;
    /** A scalar the file typed as something other than text: YAML's plain 5, true, 1.5 (never quoted text). */
    private final boolean typedNonText;

    private ConfigValue(Kind kind, String scalar, String tag, List<Entry> entries,
                        List<ConfigValue> items, SourcePosition position, boolean typedNonText) {
        this.kind = kind;
        this.scalar = scalar;
        this.tag = tag;
        this.entries = entries;
        this.lastEntryByName = entries.size() > INDEXED_ENTRIES ? lastEntryByName(entries) : null;
        this.items = items;
        this.position = position;
        this.typedNonText = typedNonText;
    }

    private ConfigValue(Kind kind, String scalar, String tag, List<Entry> entries,
                        List<ConfigValue> items, SourcePosition position) {
        this(kind, scalar, tag, entries, items, position, false);
    }

    public static ConfigValue scalar(String text, String tag, SourcePosition position) {
        return new ConfigValue(Kind.SCALAR, text, tag, List.of(), List.of(), position);
    }

    /** A scalar the file typed as a number, boolean or other non-text value (settings that take text reject it). */
    public static ConfigValue typedScalar(String text, String tag, SourcePosition position) {
        return new ConfigValue(Kind.SCALAR, text, tag, List.of(), List.of(), position, true);
    }

    /** Whether the file wrote this scalar as a number, boolean or other non-text value, e.g. YAML's plain {@code 5}. */
    public boolean isTypedNonText() {
        return typedNonText;
    }

    public static ConfigValue mapping(List<Entry> entries, String tag, SourcePosition position) {
        return new ConfigValue(Kind.MAPPING, null, tag, List.copyOf(entries), List.of(), position);
    }

    public static ConfigValue sequence(List<ConfigValue> items, String tag, SourcePosition position) {
        return new ConfigValue(Kind.SEQUENCE, null, tag, List.of(), List.copyOf(items), position);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isMissing() {
        return kind == Kind.MISSING;
    }

    public boolean isPresent() {
        return kind != Kind.MISSING;
    }

    public boolean isMapping() {
        return kind == Kind.MAPPING;
    }

    public boolean isSequence() {
        return kind == Kind.SEQUENCE;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    public SourcePosition position() {
        return position;
    }

    /** A YAML tag that is not one of the core schema's, e.g. {@code !Ref}; empty for plain values. */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** The value for a key of a mapping, or {@link #MISSING}. If a key repeats, the last one wins. */
    public ConfigValue get(String key) {
        return entry(key).map(Entry::value).orElse(MISSING);
    }

    /** Follows a path of mapping keys. */
    public ConfigValue at(String... keys) {
        ConfigValue current = this;
        for (String key : keys) {
            current = current.get(key);
        }
        return current;
    }

    public Optional<Entry> entry(String key) {
        if (lastEntryByName != null) {
            return Optional.ofNullable(lastEntryByName.get(key));
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (key.equals(entries.get(i).name())) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Entry> lastEntryByName(List<Entry> entries) {
        Map<String, Entry> index = new HashMap<>(entries.size() * 2);
        for (Entry entry : entries) {
            index.put(entry.name(), entry);
        }
        return index;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<ConfigValue> items() {
        return items;
    }

    /** The text of a scalar (also for intrinsics and variables); empty for other kinds. */
    public Optional<String> text() {
        return Optional.ofNullable(textOrNull());
    }

    /** {@link #text()} without the Optional: key names are read for every lookup in a mapping. */
    private String textOrNull() {
        return kind == Kind.SCALAR ? scalar : null;
    }

    /** A value written out in the file, not computed at deploy time by an intrinsic or variable. */
    public boolean isLiteral() {
        return switch (kind) {
            case SCALAR -> tag == null && scalar != null && !scalar.contains("${");
            case MAPPING -> tag == null && !isIntrinsicFunction();
            case SEQUENCE -> tag == null;
            case MISSING -> false;
        };
    }

    /** The long form of a CloudFormation intrinsic: a one-entry mapping {@code Ref} or {@code Fn::*}. */
    public boolean isIntrinsicFunction() {
        if (kind != Kind.MAPPING || entries.size() != 1) {
            return false;
        }
        String key = entries.get(0).name();
        return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
    }

    /** A literal whole number, or empty when absent, not a number, or not known until deploy. */
    public OptionalInt asInt() {
        if (!isLiteral() || kind != Kind.SCALAR) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(scalar.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** A literal string value, or empty when absent or not known until deploy. */
    public Optional<String> asLiteralText() {
        return isLiteral() ? text() : Optional.empty();
    }

    /** A literal boolean ({@code true}/{@code false}, any case), or empty. */
    public Optional<Boolean> asBoolean() {
        return asLiteralText().map(s -> s.trim().toLowerCase(Locale.ROOT)).flatMap(s -> switch (s) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        });
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SCALAR -> (tag == null ? "" : tag + " ") + scalar;
            case MAPPING -> "{" + entries.size() + " entries}";
            case SEQUENCE -> "[" + items.size() + " items]";
            case MISSING -> "<missing>";
        };
    }
}
