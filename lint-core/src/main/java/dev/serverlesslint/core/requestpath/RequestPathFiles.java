package dev.serverlesslint.core.requestpath;

import dev.serverlesslint.core.java.JavaOutline;
import dev.serverlesslint.core.model.HandlerReference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java files the request-path model must be built from, chosen from outlines before anything
 * is parsed: every file that may declare a handler, and everything those files can reach by name.
 * Code in any other file cannot be on a request path, so those files are parsed one at a time,
 * checked and dropped, and only these stay in memory.
 * <p>
 * Starting from files declaring a type that extends a handler supertype (directly or through other
 * project types, matched by simple name) or that a function's configuration names, the selection
 * adds, until nothing changes: every file declaring a type whose simple name appears in a selected
 * file (the types a resolver may bind those names to), and every file declaring a type whose header
 * names a type declared in a selected file (the subtypes a call may dispatch to). Matching by simple
 * name over-approximates the resolver, so the model built from these files answers exactly as one
 * built from every file would.
 */
public final class RequestPathFiles {

    private RequestPathFiles() {
    }

    /** Indexes into {@code outlines} of the selected files. */
    public static BitSet select(List<JavaOutline> outlines, Collection<HandlerReference> handlerReferences) {
        Map<String, List<Integer>> declaringFiles = new HashMap<>();
        Map<String, List<Declaration>> byHeaderName = new HashMap<>();
        for (int file = 0; file < outlines.size(); file++) {
            for (JavaOutline.DeclaredType type : outlines.get(file).types()) {
                declaringFiles.computeIfAbsent(type.name(), n -> new ArrayList<>()).add(file);
                for (String headerName : type.headerNames()) {
                    byHeaderName.computeIfAbsent(headerName, n -> new ArrayList<>()).add(new Declaration(file, type.name()));
                }
            }
        }

        BitSet selected = new BitSet(outlines.size());
        Deque<Integer> queue = new ArrayDeque<>();
        for (int file : handlerTypeFiles(byHeaderName)) {
            add(file, selected, queue);
        }
        for (HandlerReference reference : handlerReferences) {
            for (String segment : reference.className().split("[.$]")) {
                declaringFiles.getOrDefault(segment, List.of()).forEach(file -> add(file, selected, queue));
            }
        }
        while (!queue.isEmpty()) {
            JavaOutline outline = outlines.get(queue.poll());
            for (String name : outline.names()) {
                declaringFiles.getOrDefault(name, List.of()).forEach(file -> add(file, selected, queue));
            }
            for (JavaOutline.DeclaredType type : outline.types()) {
                byHeaderName.getOrDefault(type.name(), List.of()).forEach(sub -> add(sub.file(), selected, queue));
            }
        }
        return selected;
    }

    private record Declaration(int file, String typeName) {
    }

    /** Files declaring a type with a handler supertype, directly or through project types of other names. */
    private static Set<Integer> handlerTypeFiles(Map<String, List<Declaration>> byHeaderName) {
        Set<Integer> files = new HashSet<>();
        Set<String> handlerNames = new HashSet<>(HandlerDiscovery.ENTRY_SUPERTYPES);
        Deque<String> names = new ArrayDeque<>(handlerNames);
        while (!names.isEmpty()) {
            for (Declaration subtype : byHeaderName.getOrDefault(names.poll(), List.of())) {
                files.add(subtype.file());
                if (handlerNames.add(subtype.typeName())) {
                    names.add(subtype.typeName());
                }
            }
        }
        return files;
    }

    private static void add(int file, BitSet selected, Deque<Integer> queue) {
        if (!selected.get(file)) {
            selected.set(file);
            queue.add(file);
        }
    }
}
