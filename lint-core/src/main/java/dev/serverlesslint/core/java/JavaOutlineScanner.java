package dev.serverlesslint.core.java;

import com.github.javaparser.StringProvider;
import com.github.javaparser.UnicodeEscapeProcessingProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link JavaOutline} from source text with one pass of a tokenizer that knows only
 * comments, literals, identifiers and punctuation: it costs a small fraction of a parse, so every
 * file can be outlined before deciding which ones to keep parsed. It never fails: text that is not
 * Java just yields a meaningless outline (the parse reports the file).
 * <p>
 * A token is a punctuation character or an identifier. Each distinct identifier of a file is made a
 * string once, with whether it is a keyword and whether it is among the file's names: the lint
 * server outlines every file of a project for each command, so a repeated identifier costs a table
 * probe, not a string, a keyword lookup and a set insertion.
 */
public final class JavaOutlineScanner {

    /** Words that are never type names; dropping them keeps the outlines small. */
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "permits", "sealed");

    /** {@link #next}'s result at the end of the text; a punctuation character is its own value. */
    private static final int END = -1;
    /** {@link #next}'s result for an identifier, then {@link #word}. */
    private static final int IDENTIFIER = -2;

    /** What {@link Character} says of each ASCII character, looked up instead of asked. */
    private static final byte WHITESPACE = 1;
    private static final byte IDENTIFIER_START = 2;
    private static final byte IDENTIFIER_PART = 4;
    private static final byte DIGIT = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = (byte) ((Character.isWhitespace(c) ? WHITESPACE : 0)
                    | (Character.isJavaIdentifierStart(c) ? IDENTIFIER_START : 0)
                    | (Character.isJavaIdentifierPart(c) ? IDENTIFIER_PART : 0)
                    | (Character.isDigit(c) ? DIGIT : 0));
        }
    }

    private final String text;
    private final char[] chars;
    private int position;
    /** Whether the previous token was a dot (so {@code class} is {@code X.class}, not a declaration). */
    private boolean previousIsDot;
    /** One entry per open brace: the type whose body it opens, or {@code ""} for any other block. */
    private final Deque<String> braces = new ArrayDeque<>();
    private final Set<String> dottedNames = new HashSet<>();
    /** The run of dotted identifiers being read, and whether its last token was a dot. */
    private String[] segments = new String[8];
    private int dottedSegments;
    private boolean afterDot;

    /** The file's distinct identifiers by id, in order of appearance, and what is known of each. */
    private final Identifiers identifiers;
    /** The file's names: identifiers by id, each once. */
    private final List<String> names = new ArrayList<>();
    /** The identifier {@link #next} read last. */
    private int word;

    private JavaOutlineScanner(String text, OutlineStrings strings) {
        this.text = text;
        this.chars = text.toCharArray();
        this.identifiers = new Identifiers(strings);
    }

    /** The outline of one file, with strings of its own. */
    public static JavaOutline scan(String path, String text) {
        return scan(path, text, new OutlineStrings());
    }

    /** The outline of one file, its identifiers the strings of {@code strings} (those of a run's outlines). */
    public static JavaOutline scan(String path, String text, OutlineStrings strings) {
        return new JavaOutlineScanner(text.contains("\\u") ? withUnicodeEscapesDecoded(text) : text, strings)
                .outline(path);
    }

    /**
     * The text as javac's lexer sees it, an escaped F in a name read as F: a name written with escapes
     * must select the files it refers to, as the parse (which decodes them too) will resolve it there.
     */
    private static String withUnicodeEscapesDecoded(String text) {
        StringBuilder decoded = new StringBuilder(text.length());
        char[] buffer = new char[8192];
        try (UnicodeEscapeProcessingProvider escapes = new UnicodeEscapeProcessingProvider(new StringProvider(text))) {
            for (int read; (read = escapes.read(buffer, 0, buffer.length)) >= 0; ) {
                decoded.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown: the text is in memory
        }
        return decoded.toString();
    }

    private JavaOutline outline(String path) {
        String packageName = "";
        List<JavaOutline.Import> imports = new ArrayList<>();
        List<JavaOutline.DeclaredType> types = new ArrayList<>();
        int token;
        while ((token = advance()) != END) {
            boolean afterDotToken = previousIsDot;
            previousIsDot = token == '.';
            if (token == '{') {
                braces.push("");
            } else if (token == '}') {
                braces.poll();
            }
            if (token != IDENTIFIER) {
                continue;
            }
            int id = word;
            String name = identifiers.word(id);
            if (name.equals("package") && packageName.isEmpty()) {
                packageName = qualifiedName();
            } else if (name.equals("import") && braces.isEmpty()) {
                imports.add(importDeclaration());
            } else if (!afterDotToken && isTypeKeyword(name)) {
                declaration(id, packageName).ifPresent(types::add);
            } else if (!identifiers.isKeyword(id)) {
                addName(id);
            }
        }
        endDottedName();
        // Set.of: the outline's constructor keeps it as it is (names are distinct: each is added once)
        return new JavaOutline(path, packageName, imports, types, Set.of(names.toArray(new String[0])), dottedNames);
    }

    /** Adds an identifier to the file's names, the first time only. */
    private void addName(int id) {
        if (identifiers.name(id)) {
            names.add(identifiers.word(id));
        }
    }

    /** {@code class}, {@code interface}, {@code enum} or {@code record} (opening a declaration unless after a dot). */
    private static boolean isTypeKeyword(String token) {
        return token.equals("class") || token.equals("interface") || token.equals("enum") || token.equals("record");
    }

    /** The declared name and its header identifiers, up to the body's opening brace. */
    private Optional<JavaOutline.DeclaredType> declaration(int keywordId, String packageName) {
        boolean record = identifiers.word(keywordId).equals("record");
        int start = position;
        if (next() != IDENTIFIER || identifiers.isKeyword(word)) {
            position = start;
            if (record) {
                addName(keywordId); // a variable or method called "record"
            }
            return Optional.empty();
        }
        int nameId = word;
        String name = identifiers.word(nameId);
        if (record) {
            int afterName = position;
            int following = next();
            position = afterName;
            if (following != '(' && following != '<') {
                position = start; // a variable or method called "record": the name is read again as code
                addName(keywordId);
                return Optional.empty();
            }
        }
        trackDottedName(IDENTIFIER, nameId);
        addName(nameId);
        previousIsDot = false;
        String qualifiedName = qualifiedTypeName(packageName, name);
        Set<String> header = new HashSet<>();
        int token;
        while ((token = advance()) != END && token != '{' && token != ';') {
            previousIsDot = token == '.';
            if (token == IDENTIFIER && !identifiers.isKeyword(word)) {
                header.add(identifiers.word(word));
                addName(word);
            }
        }
        if (token != END) {
            previousIsDot = false;
            if (token == '{') {
                braces.push(name);
            }
        }
        return Optional.of(new JavaOutline.DeclaredType(name, qualifiedName, header));
    }

    /** The package, then the types whose bodies are open (outermost first), then the name. */
    private String qualifiedTypeName(String packageName, String name) {
        StringBuilder qualified = new StringBuilder(packageName);
        for (Iterator<String> outer = braces.descendingIterator(); outer.hasNext(); ) {
            String enclosing = outer.next();
            if (!enclosing.isEmpty()) {
                qualified.append(qualified.isEmpty() ? "" : ".").append(enclosing);
            }
        }
        return qualified.append(qualified.isEmpty() ? "" : ".").append(name).toString();
    }

    /** {@code import [static] a.b.C[.*];} after the keyword; its identifiers are names of the file too. */
    private JavaOutline.Import importDeclaration() {
        StringBuilder name = new StringBuilder();
        boolean isStatic = false;
        boolean onDemand = false;
        int token;
        while ((token = next()) != END && token != ';') {
            previousIsDot = token == '.';
            if (token == IDENTIFIER && identifiers.word(word).equals("static") && name.isEmpty()) {
                isStatic = true;
            } else if (token == '*') {
                onDemand = true;
            } else if (token == IDENTIFIER) {
                addName(word);
                name.append(identifiers.word(word));
            } else if (token == '.' && !name.isEmpty()) {
                name.append('.');
            }
        }
        if (token != END) {
            previousIsDot = false;
        }
        String written = name.toString();
        return new JavaOutline.Import(written.endsWith(".") ? written.substring(0, written.length() - 1) : written,
                isStatic, onDemand);
    }

    /** The next token, following runs of dotted identifiers on the way. */
    private int advance() {
        int token = next();
        if (token != END) {
            trackDottedName(token, word);
        }
        return token;
    }

    /** Follows a run of dotted identifiers with {@code token} ({@code id} the identifier's, if it is one). */
    private void trackDottedName(int token, int id) {
        if (token == '.' && dottedSegments > 0 && !afterDot) {
            afterDot = true;
        } else if (token == IDENTIFIER && !identifiers.isKeyword(id)) {
            if (!afterDot) {
                endDottedName();
            }
            if (dottedSegments == segments.length) {
                segments = Arrays.copyOf(segments, dottedSegments * 2);
            }
            segments[dottedSegments++] = identifiers.word(id);
            afterDot = false;
        } else {
            endDottedName();
        }
    }

    private void endDottedName() {
        if (dottedSegments >= 2) {
            StringBuilder dotted = new StringBuilder(segments[0]);
            for (int i = 1; i < dottedSegments; i++) {
                dotted.append('.').append(segments[i]);
            }
            dottedNames.add(dotted.toString());
        }
        dottedSegments = 0;
        afterDot = false;
    }

    /** The tokens up to the semicolon, as written without blanks and comments. */
    private String qualifiedName() {
        StringBuilder name = new StringBuilder();
        int token;
        while ((token = next()) != END && token != ';') {
            previousIsDot = token == '.';
            if (token == IDENTIFIER) {
                addName(word);
                name.append(identifiers.word(word));
            } else {
                name.append((char) token);
            }
        }
        return name.toString();
    }

    /**
     * The next token: a punctuation character, {@link #IDENTIFIER} (then {@link #word} is set) or
     * {@link #END}, skipping blanks, comments, literals and numbers.
     */
    private int next() {
        int length = chars.length;
        while (position < length) {
            char c = chars[position];
            int kind = c < ASCII.length ? ASCII[c] : unicodeKind(c);
            if ((kind & WHITESPACE) != 0) {
                position++;
            } else if (c == '/' && position + 1 < length && chars[position + 1] == '/') {
                int end = text.indexOf('\n', position);
                position = end < 0 ? length : end + 1;
            } else if (c == '/' && position + 1 < length && chars[position + 1] == '*') {
                int end = text.indexOf("*/", position + 2);
                position = end < 0 ? length : end + 2;
            } else if (c == '"') {
                skipString();
            } else if (c == '\'') {
                skipQuoted('\'');
            } else if ((kind & IDENTIFIER_START) != 0) {
                int start = position;
                int hash = c;
                while (++position < length && isIdentifierPart(chars[position])) {
                    hash = 31 * hash + chars[position];
                }
                word = identifiers.id(chars, start, position, hash);
                return IDENTIFIER;
            } else if ((kind & DIGIT) != 0) {
                do {
                    position++;
                } while (position < length && (isIdentifierPart(chars[position]) || chars[position] == '.'));
            } else {
                position++;
                return c;
            }
        }
        return END;
    }

    private static int unicodeKind(char c) {
        return (Character.isWhitespace(c) ? WHITESPACE : 0)
                | (Character.isJavaIdentifierStart(c) ? IDENTIFIER_START : 0)
                | (Character.isDigit(c) ? DIGIT : 0);
    }

    private static boolean isIdentifierPart(char c) {
        return c < ASCII.length ? (ASCII[c] & IDENTIFIER_PART) != 0 : Character.isJavaIdentifierPart(c);
    }

    private void skipString() {
        if (text.startsWith("\"\"\"", position)) {
            position += 3;
            while (position < text.length() && !text.startsWith("\"\"\"", position)) {
                position += text.charAt(position) == '\\' ? 2 : 1;
            }
            position = Math.min(text.length(), position + 3);
            return;
        }
        skipQuoted('"');
    }

    /** A string or character literal; an unclosed one ends at the line's end. */
    private void skipQuoted(char quote) {
        position++;
        while (position < chars.length) {
            char c = chars[position];
            if (c == '\\') {
                position += 2;
            } else if (c == quote) {
                position++;
                return;
            } else if (c == '\n') {
                return;
            } else {
                position++;
            }
        }
    }

    /**
     * The distinct identifiers of one file, by id in order of appearance: an open-addressing table from
     * their characters, so reading an identifier again makes no string. Each is the run's string
     * ({@link OutlineStrings}).
     */
    private static final class Identifiers {
        private final OutlineStrings strings;
        /** Ids by hash slot, -1 for none; at most half full. */
        private int[] slots = filled(new int[256]);
        private String[] words = new String[128];
        private int[] hashes = new int[128];
        private boolean[] keywords = new boolean[128];
        private boolean[] names = new boolean[128];
        private int count;

        Identifiers(OutlineStrings strings) {
            this.strings = strings;
        }

        private static int[] filled(int[] slots) {
            Arrays.fill(slots, -1);
            return slots;
        }

        /** The id of the identifier at {@code chars[start, end)}, whose {@link String#hashCode} is {@code hash}. */
        int id(char[] chars, int start, int end, int hash) {
            int mask = slots.length - 1;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                int id = slots[slot];
                if (id < 0) {
                    return add(new String(chars, start, end - start), hash, slot);
                }
                if (hashes[id] == hash && sameCharacters(words[id], chars, start, end)) {
                    return id;
                }
            }
        }

        String word(int id) {
            return words[id];
        }

        boolean isKeyword(int id) {
            return keywords[id];
        }

        /** Marks the identifier as one of the file's names; whether it was not one yet. */
        boolean name(int id) {
            boolean added = !names[id];
            names[id] = true;
            return added;
        }

        private static boolean sameCharacters(String word, char[] chars, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (word.charAt(i - start) != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        private int add(String word, int hash, int slot) {
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
                keywords = Arrays.copyOf(keywords, count * 2);
                names = Arrays.copyOf(names, count * 2);
            }
            int id = count++;
            words[id] = strings.shared(word);
            hashes[id] = hash;
            keywords[id] = KEYWORDS.contains(word);
            slots[slot] = id;
            if (count * 2 > slots.length) {
                rehash();
            }
            return id;
        }

        private void rehash() {
            int[] larger = filled(new int[slots.length * 2]);
            int mask = larger.length - 1;
            for (int id = 0; id < count; id++) {
                int slot = spread(hashes[id]) & mask;
                while (larger[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                larger[slot] = id;
            }
            slots = larger;
        }
    }
}
