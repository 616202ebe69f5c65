package dev.serverlesslint.core.java;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses on demand the project files a type lookup needs, so a model can start from the handler
 * files and parse only what resolving names from there reaches. The type indexes ask it before
 * answering, so every answer is the one a model of every file would give.
 */
public interface JavaSourceLoader {

    /** The parsed files that declare this qualified name ({@code com.x.Outer.Inner} is in Outer's file). */
    List<JavaSource> declaring(String qualifiedName);

    /** The parsed files declaring a type whose header has a name that may resolve to this qualified name. */
    List<JavaSource> subtypeCandidates(String qualifiedName);

    /** The place of a file in the project's file order: indexes keep that order, however late a file is loaded. */
    int order(JavaSource source);

    /** The files parsed on demand so far, in file order. */
    List<JavaSource> loaded();

    /** No file beyond those given: for models built from every file (tests, small projects). */
    static JavaSourceLoader none(List<JavaSource> sources) {
        Map<JavaSource, Integer> order = new IdentityHashMap<>();
        for (JavaSource source : sources) {
            order.putIfAbsent(source, order.size());
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
            public int order(JavaSource source) {
                return order.getOrDefault(source, Integer.MAX_VALUE);
            }

            @Override
            public List<JavaSource> loaded() {
                return List.of();
            }
        };
    }
}
