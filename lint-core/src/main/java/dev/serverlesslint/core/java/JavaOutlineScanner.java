package dev.serverlesslint.core.java;

import com.github.javaparser.StringProvider;
import com.github.javaparser.UnicodeEscapeProcessingProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
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

    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private final String text;
    private int position;
    /** The previous token: an identifier, or one punctuation character as a string. */
    private String previous = "";
    /** One entry per open brace: the type whose body it opens, or {@code ""} for any other block. */
    private final Deque<String> braces = new ArrayDeque<>();
    private final Set<String> dottedNames = new HashSet<>();
    /** The run of dotted identifiers being read, and whether its last token was a dot. */
    private final StringBuilder dotted = new StringBuilder();
    private int dottedSegments;
    private boolean afterDot;

    private JavaOutlineScanner(String text) {
        this.text = text;
    }

    public static JavaOutline scan(String path, String text) {
        return new JavaOutlineScanner(text.contains("\\u") ? withUnicodeEscapesDecoded(text) : text).outline(path);
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
        Set<String> names = new HashSet<>();
        String token;
        while ((token = advance()) != null) {
            String before = previous;
            previous = token;
            if (token.equals("{")) {
                braces.push("");
            } else if (token.equals("}")) {
                braces.poll();
            }
            if (!isIdentifier(token)) {
                continue;
            }
            if (token.equals("package") && packageName.isEmpty()) {
                packageName = qualifiedName(names);
            } else if (token.equals("import") && braces.isEmpty()) {
                imports.add(importDeclaration(names));
            } else if (isTypeKeyword(token, before)) {
                declaration(token, packageName, names).ifPresent(types::add);
            } else if (!KEYWORDS.contains(token)) {
                names.add(token);
            }
        }
        endDottedName();
        // Outlines of every file stay in memory for the whole run, and most names recur in many files.
        Set<String> shared = new HashSet<>(names.size() * 2);
        names.forEach(name -> shared.add(name.intern()));
        return new JavaOutline(path, packageName, imports, types, shared, dottedNames);
    }

    /** {@code class}, {@code interface}, {@code enum} or {@code record} opening a declaration (not {@code X.class}). */
    private boolean isTypeKeyword(String token, String before) {
        if (before.equals(".")) {
            return false;
        }
        return token.equals("class") || token.equals("interface") || token.equals("enum") || token.equals("record");
    }

    /** The declared name and its header identifiers, up to the body's opening brace. */
    private Optional<JavaOutline.DeclaredType> declaration(String keyword, String packageName, Set<String> names) {
        int start = position;
        String name = next();
        if (name == null || !isIdentifier(name) || KEYWORDS.contains(name)) {
            position = start;
            if (keyword.equals("record")) {
                names.add(keyword); // a variable or method called "record"
            }
            return Optional.empty();
        }
        if (keyword.equals("record")) {
            int afterName = position;
            String following = next();
            position = afterName;
            if (!"(".equals(following) && !"<".equals(following)) {
                position = start; // a variable or method called "record": the name is read again as code
                names.add(keyword);
                return Optional.empty();
            }
        }
        trackDottedName(name);
        names.add(name);
        previous = name;
        String qualifiedName = qualifiedTypeName(packageName, name);
        Set<String> header = new HashSet<>();
        String token;
        while ((token = advance()) != null && !token.equals("{") && !token.equals(";")) {
            previous = token;
            if (isIdentifier(token) && !KEYWORDS.contains(token)) {
                header.add(token);
                names.add(token);
            }
        }
        if (token != null) {
            previous = token;
            if (token.equals("{")) {
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
    private JavaOutline.Import importDeclaration(Set<String> names) {
        StringBuilder name = new StringBuilder();
        boolean isStatic = false;
        boolean onDemand = false;
        String token;
        while ((token = next()) != null && !token.equals(";")) {
            previous = token;
            if (token.equals("static") && name.isEmpty()) {
                isStatic = true;
            } else if (token.equals("*")) {
                onDemand = true;
            } else if (isIdentifier(token)) {
                names.add(token);
                name.append(token);
            } else if (token.equals(".") && !name.isEmpty()) {
                name.append(token);
            }
        }
        if (token != null) {
            previous = token;
        }
        String written = name.toString();
        return new JavaOutline.Import(written.endsWith(".") ? written.substring(0, written.length() - 1) : written,
                isStatic, onDemand);
    }

    /** The next token, following runs of dotted identifiers on the way. */
    private String advance() {
        String token = next();
        if (token != null) {
            trackDottedName(token);
        }
        return token;
    }

    private void trackDottedName(String token) {
        if (token.equals(".") && dottedSegments > 0 && !afterDot) {
            afterDot = true;
        } else if (isIdentifier(token) && !KEYWORDS.contains(token)) {
            if (!afterDot) {
                endDottedName();
            }
            dotted.append(afterDot ? "." : "").append(token);
            dottedSegments++;
            afterDot = false;
        } else {
            endDottedName();
        }
    }

    private void endDottedName() {
        if (dottedSegments >= 2) {
            dottedNames.add(dotted.toString());
        }
        dotted.setLength(0);
        dottedSegments = 0;
        afterDot = false;
    }

    private String qualifiedName(Set<String> names) {
        StringBuilder name = new StringBuilder();
        String token;
        while ((token = next()) != null && !token.equals(";")) {
            previous = token;
            if (isIdentifier(token)) {
                names.add(token);
            }
            name.append(token);
        }
        return name.toString();
    }

    private static boolean isIdentifier(String token) {
        return !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0));
    }

    /** The next identifier or punctuation character, skipping blanks, comments, literals and numbers. */
    private String next() {
        int length = text.length();
        while (position < length) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c)) {
                position++;
            } else if (c == '/' && position + 1 < length && text.charAt(position + 1) == '/') {
                int end = text.indexOf('\n', position);
                position = end < 0 ? length : end + 1;
            } else if (c == '/' && position + 1 < length && text.charAt(position + 1) == '*') {
                int end = text.indexOf("*/", position + 2);
                position = end < 0 ? length : end + 2;
            } else if (c == '"') {
                skipString();
            } else if (c == '\'') {
                skipQuoted('\'');
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = position;
                do {
                    position++;
                } while (position < length && Character.isJavaIdentifierPart(text.charAt(position)));
                return text.substring(start, position);
            } else if (Character.isDigit(c)) {
                do {
                    position++;
                } while (position < length && (Character.isJavaIdentifierPart(text.charAt(position))
                        || text.charAt(position) == '.'));
            } else {
                position++;
                return c < ASCII.length ? ASCII[c] : String.valueOf(c);
            }
        }
        return null;
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
        while (position < text.length()) {
            char c = text.charAt(position);
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
}
