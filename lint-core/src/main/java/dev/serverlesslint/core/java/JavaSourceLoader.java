package dev.serverlesslint.core.java;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses on demand the project files a type lookup needs, so a model can start from the handler
 * files and parse only what resolving names from there reaches. The type indexes ask it before
 * answering, so every answer is the one a model of every file would give. It also parses a file
 * again when the model dropped its tree ({@link #treeBudgetLines()}).
 */
public interface JavaSourceLoader {

    /** The files, parsed now, that declare this qualified name ({@code com.x.Outer.Inner} is in Outer's file) and were not parsed before. */
    List<JavaSource> declaring(String qualifiedName);

    /** The files, parsed now, declaring a type whose header has a name that may resolve to this qualified name, and not parsed before. */
    List<JavaSource> subtypeCandidates(String qualifiedName);

    /** A file given or parsed before, parsed again; null if it no longer parses. */
    JavaSource reload(String path);

    /** The place of a file in the project's file order: indexes keep that order, however late a file is loaded. */
    int order(String path);

    /** The root-relative paths of the files parsed on demand so far, in file order. */
    List<String> loaded();

    /** How many lines of source the model may keep parsed at once (it keeps at least one file). */
    default long treeBudgetLines() {
        return Long.MAX_VALUE;
    }

    /** No file beyond those given, all kept: for models built from every file (tests, small projects). */
    static JavaSourceLoader none(List<JavaSource> sources) {
        Map<String, Integer> order = new HashMap<>();
        Map<String, JavaSource> byPath = new HashMap<>();
        for (JavaSource source : sources) {
            order.putIfAbsent(source.path(), order.size());
            byPath.putIfAbsent(source.path(), source);
        }
        return new JavaSourceLoader() {
            @Override
            public List<JavaSource> declaring(String qualifiedName) {
                return List.of();
            }

            @Override
            public List<JavaSource> subtypeCandidates(String qualifiedName) {
                return List.of();
            }

            @Override
            public JavaSource reload(String path) {
                return byPath.get(path);
            }

            @Override
            public int order(String path) {
                return order.getOrDefault(path, Integer.MAX_VALUE);
            }

            @Override
            public List<String> loaded() {
                return List.of();
            }
        };
    }
}
