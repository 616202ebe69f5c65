package dev.serverlesslint.core.requestpath;

import dev.serverlesslint.core.java.JavaOutline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The Java files the request-path model must be built from, chosen from outlines before anything
 * is parsed: every file that may declare a handler, and everything those files can reach by name.
 * Code in any other file cannot be on a request path, so those files are parsed one at a time,
 * checked and dropped, and only these stay in memory.
 * <p>
 * The starting points are files declaring a type whose header names a handler supertype, the
 * files declaring a class that a function's configuration names, and files that may declare a
 * Spring Cloud Function bean. From a selected file the selection follows a name only to the files
 * declaring a type the name may resolve to, by the rules the model's type resolver ({@code ProjectTypes}) follows: a single-type import, else the
 * same package, an on-demand import or the default package; a dotted name or an import, by the
 * qualified names it starts with. Member types are declared in the file of their outer type, and
 * inherited member types in the files of supertypes, which the header's names reach. A name that
 * resolves to no project type (the JDK's, a library's) reaches nothing. The selection also
 * follows, in reverse, headers whose names may resolve to a selected file's types: the subtypes a
 * call may dispatch to. Every way a name may resolve is followed, so the model built from these
 * files answers exactly as one built from every file would.
 */
public final class RequestPathFiles {

    private static final Set<String> FUNCTIONAL_TYPES = Set.of("Function", "Consumer", "Supplier");
    /**
     * The identifiers of files' code that choosing the model's files reads (besides declarations,
     * imports and qualified names in headers): the result cache must see a change to them.
     */
    public static final Set<String> NAMES_READ = Set.of("Bean", "Function", "Consumer", "Supplier");

    private final List<JavaOutline> outlines;
    /** Files by the qualified names of the types they declare. */
    private final Map<String, List<Integer>> declaringFiles = new HashMap<>();
    /** Files declaring a type whose header has a name that may resolve to this qualified name. */
    private final Map<String, List<Integer>> subtypeFiles = new HashMap<>();
    /**
     * The keys of {@link #declaringFiles} by their last segment (the simple name a file writes): a name
     * of a file reaches only these, so its meanings are compared with them instead of each being looked up.
     */
    private final Map<String, List<DeclaredName>> declaredBySimpleName = new HashMap<>();
    /** Each file's {@link #edges}, computed the first time a pass needs them ({@code null} before). */
    private final int[][] edges;

    /** A qualified name of a project type split at its last dot: {@code ""} and no dot for the default package. */
    private record DeclaredName(String qualifiedName, String qualifier, boolean dotted) {
    }

    private RequestPathFiles(List<JavaOutline> outlines) {
        this.outlines = outlines;
        this.edges = new int[outlines.size()][];
        for (int file = 0; file < outlines.size(); file++) {
            for (JavaOutline.DeclaredType type : outlines.get(file).types()) {
                addOnce(declaringFiles, type.qualifiedName(), file);
            }
        }
        for (String qualifiedName : declaringFiles.keySet()) {
            int dot = qualifiedName.lastIndexOf('.');
            declaredBySimpleName.computeIfAbsent(qualifiedName.substring(dot + 1), k -> new ArrayList<>(1))
                    .add(new DeclaredName(qualifiedName, dot < 0 ? "" : qualifiedName.substring(0, dot), dot >= 0));
        }
        for (int file = 0; file < outlines.size(); file++) {
            JavaOutline outline = outlines.get(file);
            int subtype = file;
            for (JavaOutline.DeclaredType type : outline.types()) {
                for (String headerName : type.headerNames()) {
                    forEachMeaning(outline, headerName, true, name -> addOnce(subtypeFiles, name, subtype));
                }
            }
            // A qualified supertype (extends com.x.Base): its prefixes, as for any dotted name.
            for (String dotted : outline.dottedNames()) {
                if (endsWithHeaderName(outline, dotted)) {
                    forEachPrefix(dotted, name -> addOnce(subtypeFiles, name, subtype));
                }
            }
        }
    }

    private static void addOnce(Map<String, List<Integer>> index, String key, int file) {
        List<Integer> files = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (files.isEmpty() || files.get(files.size() - 1) != file) {
            files.add(file);
        }
    }

    private static boolean endsWithHeaderName(JavaOutline outline, String dotted) {
        String last = dotted.substring(dotted.lastIndexOf('.') + 1);
        return outline.types().stream().anyMatch(type -> type.headerNames().contains(last));
    }

    /** Indexes into {@code outlines} of the files every request path of the project runs through. */
    public static BitSet select(List<JavaOutline> outlines, Collection<String> handlerClassNames) {
        RequestPathFiles files = new RequestPathFiles(outlines);
        return files.closure(files.startingPoints(handlerClassNames));
    }

    /**
     * Indexes into {@code outlines} of the files needed to answer for the request paths that reach
     * the {@code checked} files, and to resolve the handler classes of {@code checkedClassNames} (named
     * by the functions of the configuration files that are checked): the handlers that can reach a checked
     * file, and everything they reach. A handler that cannot reach a checked file changes no answer
     * about it, so a run that checks a few files (pre-commit) parses only what those files need.
     */
    public static BitSet selectFor(List<JavaOutline> outlines, Collection<String> handlerClassNames,
                                   BitSet checked, Collection<String> checkedClassNames) {
        RequestPathFiles files = new RequestPathFiles(outlines);
        BitSet starts = files.startingPoints(handlerClassNames);
        BitSet all = files.closure(starts);
        BitSet targets = (BitSet) checked.clone();
        targets.and(all);
        starts.and(files.reaching(targets, all));
        starts.or(files.declaringClasses(checkedClassNames));
        return files.closure(starts);
    }

    /** The index of these outlines, for the queries below. */
    public static RequestPathFiles index(List<JavaOutline> outlines) {
        return new RequestPathFiles(outlines);
    }

    /**
     * Indexes of the files a model must start from: those declaring the project's handler types
     * (their headers name a handler supertype, directly or through project supertypes) and the
     * classes the functions name. The model parses the rest on demand ({@link #declaring},
     * {@link #subtypeCandidates}).
     */
    public BitSet handlerFiles(Collection<String> handlerClassNames) {
        return subtypeClosure(startingPoints(handlerClassNames));
    }

    /**
     * As {@link #handlerFiles}, for a run that checks a few files: the handlers that can reach a
     * checked file (see {@link #selectFor}) and those of {@code checkedClassNames}.
     */
    public BitSet handlerFilesFor(Collection<String> handlerClassNames, BitSet checked,
                                  Collection<String> checkedClassNames) {
        BitSet starts = startingPoints(handlerClassNames);
        BitSet all = closure(starts);
        BitSet targets = (BitSet) checked.clone();
        targets.and(all);
        starts.and(reaching(targets, all));
        starts.or(declaringClasses(checkedClassNames));
        return subtypeClosure(starts);
    }

    /** Indexes of the files declaring a type of this qualified name ({@code com.x.Outer.Inner}: Outer's file). */
    public List<Integer> declaring(String qualifiedName) {
        return declaringFiles.getOrDefault(qualifiedName, List.of());
    }

    /**
     * Indexes of the files declaring a type whose header may name the type of this qualified name,
     * or its outer types ({@code implements Outer.Inner} names Outer first).
     */
    public List<Integer> subtypeCandidates(String qualifiedName) {
        List<Integer> files = new ArrayList<>(subtypeFiles.getOrDefault(qualifiedName, List.of()));
        forEachPrefix(qualifiedName, prefix -> {
            if (prefix.length() < qualifiedName.length()) {
                files.addAll(subtypeFiles.getOrDefault(prefix, List.of()));
            }
        });
        return files.stream().distinct().sorted().toList();
    }

    /** The starting files and, transitively, the files that may declare subtypes of their types. */
    private BitSet subtypeClosure(BitSet starts) {
        BitSet reached = (BitSet) starts.clone();
        Deque<Integer> queue = new ArrayDeque<>();
        starts.stream().forEach(queue::add);
        while (!queue.isEmpty()) {
            for (JavaOutline.DeclaredType type : outlines.get(queue.poll()).types()) {
                for (int subtype : subtypeCandidates(type.qualifiedName())) {
                    if (!reached.get(subtype)) {
                        reached.set(subtype);
                        queue.add(subtype);
                    }
                }
            }
        }
        return reached;
    }

    private BitSet startingPoints(Collection<String> handlerClassNames) {
        BitSet starts = handlerTypeFiles();
        starts.or(declaringClasses(handlerClassNames));
        starts.or(functionBeanFiles());
        return starts;
    }

    /**
     * Files that may declare a Spring Cloud Function bean: a type implementing {@code Function},
     * {@code Consumer} or {@code Supplier}, or a {@code @Bean} method returning one. Whether the project
     * deploys them through Spring's adapter is decided on the parsed files ({@link SpringCloudFunctions}).
     */
    private BitSet functionBeanFiles() {
        BitSet files = new BitSet(outlines.size());
        for (int file = 0; file < outlines.size(); file++) {
            JavaOutline outline = outlines.get(file);
            boolean implementsFunctional = outline.types().stream()
                    .anyMatch(type -> type.headerNames().stream().anyMatch(FUNCTIONAL_TYPES::contains));
            boolean beanMethod = outline.names().contains("Bean") // NAMES_READ
                    && outline.names().stream().anyMatch(FUNCTIONAL_TYPES::contains);
            if (implementsFunctional || beanMethod) {
                files.set(file);
            }
        }
        return files;
    }

    /**
     * Files declaring a type whose header names a handler supertype (a library type, so by simple
     * name); the subtypes of their types, handlers through project supertypes, follow as for any file.
     */
    private BitSet handlerTypeFiles() {
        BitSet files = new BitSet(outlines.size());
        for (int file = 0; file < outlines.size(); file++) {
            for (JavaOutline.DeclaredType type : outlines.get(file).types()) {
                if (type.headerNames().stream().anyMatch(HandlerDiscovery.ENTRY_SUPERTYPES::contains)) {
                    files.set(file);
                }
            }
        }
        return files;
    }

    /** Files declaring the classes handler strings name ({@code com.x.Outer$Inner} is {@code com.x.Outer.Inner}). */
    private BitSet declaringClasses(Collection<String> classNames) {
        BitSet files = new BitSet(outlines.size());
        for (String className : classNames) {
            declaringFiles.getOrDefault(className, List.of()).forEach(files::set);
            declaringFiles.getOrDefault(className.replace('$', '.'), List.of()).forEach(files::set);
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
            for (int to : edges(queue.poll())) {
                add.accept(to);
            }
        }
        return reached;
    }

    /** The files of {@code within} from which a target file is reachable, the targets included. */
    private BitSet reaching(BitSet targets, BitSet within) {
        // the reverse edges within, as lists of sources laid end to end: those of file t at [start[t], start[t + 1])
        int[] start = new int[outlines.size() + 1];
        within.stream().forEach(from -> {
            for (int to : edges(from)) {
                if (to != from) {
                    start[to + 1]++;
                }
            }
        });
        for (int file = 0; file < outlines.size(); file++) {
            start[file + 1] += start[file];
        }
        int[] sources = new int[start[outlines.size()]];
        int[] filled = Arrays.copyOf(start, outlines.size());
        within.stream().forEach(from -> {
            for (int to : edges(from)) {
                if (to != from) {
                    sources[filled[to]++] = from;
                }
            }
        });
        BitSet reached = (BitSet) targets.clone();
        Deque<Integer> queue = new ArrayDeque<>();
        targets.stream().forEach(queue::add);
        while (!queue.isEmpty()) {
            int to = queue.poll();
            for (int i = start[to]; i < start[to + 1]; i++) {
                int from = sources[i];
                if (!reached.get(from)) {
                    reached.set(from);
                    queue.add(from);
                }
            }
        }
        return reached;
    }

    /**
     * The files one step from {@code file}, ascending: those declaring a type one of its names may
     * resolve to, and those declaring a subtype of one of its types. Computed once per file: the passes
     * of one selection ({@link #handlerFilesFor}: a closure, then the reverse reach) read them again.
     */
    synchronized int[] edges(int file) {
        int[] known = edges[file];
        if (known == null) {
            BitSet to = new BitSet(outlines.size());
            forEachEdge(file, to::set);
            known = to.stream().toArray();
            edges[file] = known;
        }
        return known;
    }

    /** The edges of {@link #edges}, each given at least once. */
    private void forEachEdge(int file, IntConsumer to) {
        JavaOutline outline = outlines.get(file);
        Consumer<String> declaredIn = name -> declaringFiles.getOrDefault(name, List.of()).forEach(to::accept);
        Set<String> headerNames = new HashSet<>();
        outline.types().forEach(type -> headerNames.addAll(type.headerNames()));
        Meanings meanings = new Meanings(outline);
        for (String name : outline.names()) {
            List<DeclaredName> candidates = declaredBySimpleName.get(name);
            if (candidates != null) {
                boolean inHeader = headerNames.contains(name);
                for (DeclaredName candidate : candidates) {
                    if (meanings.mayDenote(name, inHeader, candidate)) {
                        declaredIn.accept(candidate.qualifiedName());
                    }
                }
            }
        }
        for (String dotted : outline.dottedNames()) {
            forEachPrefix(dotted, declaredIn);
        }
        for (JavaOutline.Import imported : outline.imports()) {
            forEachPrefix(imported.name(), declaredIn);
        }
        for (JavaOutline.DeclaredType type : outline.types()) {
            subtypeFiles.getOrDefault(type.qualifiedName(), List.of()).forEach(to::accept);
        }
    }

    /**
     * {@link #forEachMeaning} of a file's names as a test of one qualified name, for the project's types whose
     * last segment is the name: a meaning of a simple name ends in it, so no other type can be one.
     */
    private static final class Meanings {
        private final String packageName;
        /** The names of single-type imports, and the simple names they bring into scope. */
        private final Set<String> singleTypeImports = new HashSet<>();
        private final Set<String> importedSimpleNames = new HashSet<>();
        /** The packages and types of non-static on-demand imports. */
        private final Set<String> onDemandImports = new HashSet<>();

        Meanings(JavaOutline outline) {
            this.packageName = outline.packageName();
            for (JavaOutline.Import declaration : outline.imports()) {
                if (!declaration.isStatic() && !declaration.onDemand()) {
                    singleTypeImports.add(declaration.name());
                    importedSimpleNames.add(declaration.importedSimpleName());
                } else if (declaration.onDemand() && !declaration.isStatic()) {
                    onDemandImports.add(declaration.name());
                }
            }
        }

        /** Whether {@code candidate}, whose last segment is {@code name}, is a meaning of {@code name} in this file. */
        boolean mayDenote(String name, boolean inHeader, DeclaredName candidate) {
            if (singleTypeImports.contains(candidate.qualifiedName())) {
                return true;
            }
            if (importedSimpleNames.contains(name) && !inHeader) {
                return false;
            }
            if (!candidate.dotted()) {
                return true;
            }
            return !packageName.isEmpty() && candidate.qualifier().equals(packageName)
                    || onDemandImports.contains(candidate.qualifier());
        }
    }

    /**
     * The qualified names a simple name used in a file may denote, when it is a top-level type of
     * the project (member types are found through the files of their outer types). A single-type
     * import of the name hides the others, except in a header: the handler-method lookup tries
     * every reading of a supertype's name.
     */
    static void forEachMeaning(JavaOutline outline, String name, boolean inHeader, Consumer<String> to) {
        boolean imported = false;
        for (JavaOutline.Import declaration : outline.imports()) {
            if (name.equals(declaration.importedSimpleName())) {
                to.accept(declaration.name());
                imported = true;
            }
        }
        if (imported && !inHeader) {
            return;
        }
        to.accept(name);
        if (!outline.packageName().isEmpty()) {
            to.accept(outline.packageName() + "." + name);
        }
        for (JavaOutline.Import declaration : outline.imports()) {
            if (declaration.onDemand() && !declaration.isStatic()) {
                to.accept(declaration.name() + "." + name);
            }
        }
    }

    /** {@code a.b}, {@code a.b.C}, {@code a.b.C.d} for {@code a.b.C.d}: each may be a qualified type name. */
    static void forEachPrefix(String dotted, Consumer<String> to) {
        int dot = dotted.indexOf('.');
        while (dot > 0) {
            int next = dotted.indexOf('.', dot + 1);
            to.accept(next < 0 ? dotted : dotted.substring(0, next));
            dot = next;
        }
    }
}
