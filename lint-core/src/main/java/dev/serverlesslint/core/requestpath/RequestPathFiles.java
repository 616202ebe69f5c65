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
import java.util.function.IntConsumer;

/**
 * The Java files the request-path model must be built from, chosen from outlines before anything
 * is parsed: every file that may declare a handler, and everything those files can reach by name.
 * Code in any other file cannot be on a request path, so those files are parsed one at a time,
 * checked and dropped, and only these stay in memory.
 * <p>
 * The starting points are files declaring a type that extends a handler supertype (directly or
 * through other project types, matched by simple name) or that a function's configuration names.
 * From a selected file the selection reaches every file declaring a type whose simple name appears
 * in it (the types a resolver may bind those names to), and every file declaring a type whose
 * header names a type declared in it (the subtypes a call may dispatch to). Matching by simple name
 * over-approximates the resolver, so the model built from these files answers exactly as one built
 * from every file would.
 */
public final class RequestPathFiles {

    private final List<JavaOutline> outlines;
    private final Map<String, List<Integer>> declaringFiles = new HashMap<>();
    private final Map<String, List<Declaration>> byHeaderName = new HashMap<>();

    private record Declaration(int file, String typeName) {
    }

    private RequestPathFiles(List<JavaOutline> outlines) {
        this.outlines = outlines;
        for (int file = 0; file < outlines.size(); file++) {
            for (JavaOutline.DeclaredType type : outlines.get(file).types()) {
                declaringFiles.computeIfAbsent(type.name(), n -> new ArrayList<>()).add(file);
                for (String headerName : type.headerNames()) {
                    byHeaderName.computeIfAbsent(headerName, n -> new ArrayList<>()).add(new Declaration(file, type.name()));
                }
            }
        }
    }

    /** Indexes into {@code outlines} of the files every request path of the project runs through. */
    public static BitSet select(List<JavaOutline> outlines, Collection<HandlerReference> handlerReferences) {
        RequestPathFiles files = new RequestPathFiles(outlines);
        return files.closure(files.startingPoints(handlerReferences));
    }

    /**
     * Indexes into {@code outlines} of the files needed to answer for the request paths that reach
     * the {@code checked} files, and to resolve the handlers of {@code checkedReferences} (the
     * functions of the configuration files that are checked): the handlers that can reach a checked
     * file, and everything they reach. A handler that cannot reach a checked file changes no answer
     * about it, so a run that checks a few files (pre-commit) parses only what those files need.
     */
    public static BitSet selectFor(List<JavaOutline> outlines, Collection<HandlerReference> handlerReferences,
                                   BitSet checked, Collection<HandlerReference> checkedReferences) {
        RequestPathFiles files = new RequestPathFiles(outlines);
        BitSet starts = files.startingPoints(handlerReferences);
        BitSet all = files.closure(starts);
        BitSet targets = (BitSet) checked.clone();
        targets.and(all);
        starts.and(files.reaching(targets, all));
        starts.or(files.declaring(checkedReferences));
        return files.closure(starts);
    }

    private BitSet startingPoints(Collection<HandlerReference> handlerReferences) {
        BitSet starts = handlerTypeFiles();
        starts.or(declaring(handlerReferences));
        return starts;
    }

    /** Files declaring a type with a handler supertype, directly or through project types of other names. */
    private BitSet handlerTypeFiles() {
        BitSet files = new BitSet(outlines.size());
        Set<String> handlerNames = new HashSet<>(HandlerDiscovery.ENTRY_SUPERTYPES);
        Deque<String> names = new ArrayDeque<>(handlerNames);
        while (!names.isEmpty()) {
            for (Declaration subtype : byHeaderName.getOrDefault(names.poll(), List.of())) {
                files.set(subtype.file());
                if (handlerNames.add(subtype.typeName())) {
                    names.add(subtype.typeName());
                }
            }
        }
        return files;
    }

    /** Files declaring a type named by the handlers (any segment of the class name: nested classes). */
    private BitSet declaring(Collection<HandlerReference> references) {
        BitSet files = new BitSet(outlines.size());
        for (HandlerReference reference : references) {
            for (String segment : reference.className().split("[.$]")) {
                declaringFiles.getOrDefault(segment, List.of()).forEach(files::set);
            }
        }
        return files;
    }

    /** The files reachable from {@code starts}, them included. */
    private BitSet closure(BitSet starts) {
        BitSet reached = new BitSet(outlines.size());
        Deque<Integer> queue = new ArrayDeque<>();
        IntConsumer add = file -> {
            if (!reached.get(file)) {
                reached.set(file);
                queue.add(file);
            }
        };
        starts.stream().forEach(add);
        while (!queue.isEmpty()) {
            forEachEdge(queue.poll(), add);
        }
        return reached;
    }

    /** The files of {@code within} from which a target file is reachable, the targets included. */
    private BitSet reaching(BitSet targets, BitSet within) {
        Map<Integer, List<Integer>> reverse = new HashMap<>();
        within.stream().forEach(from -> forEachEdge(from, to -> {
            if (to != from) {
                reverse.computeIfAbsent(to, t -> new ArrayList<>()).add(from);
            }
        }));
        BitSet reached = (BitSet) targets.clone();
        Deque<Integer> queue = new ArrayDeque<>();
        targets.stream().forEach(queue::add);
        while (!queue.isEmpty()) {
            for (int from : reverse.getOrDefault(queue.poll(), List.of())) {
                if (!reached.get(from)) {
                    reached.set(from);
                    queue.add(from);
                }
            }
        }
        return reached;
    }

    /** The files one step from {@code file}: declarations of the names it uses, subtypes of its types. */
    private void forEachEdge(int file, IntConsumer to) {
        JavaOutline outline = outlines.get(file);
        for (String name : outline.names()) {
            declaringFiles.getOrDefault(name, List.of()).forEach(to::accept);
        }
        for (JavaOutline.DeclaredType type : outline.types()) {
            byHeaderName.getOrDefault(type.name(), List.of()).forEach(sub -> to.accept(sub.file()));
        }
    }
}
