package dev.serverlesslint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's type declarations and their hierarchy, with simple-name resolution the way javac
 * does it for the common cases: nested and enclosing types, single-type imports, the same
 * package, on-demand imports, qualified names. Only project types are known; a name that is not
 * declared in the scanned sources (JDK, libraries) resolves to nothing.
 *
 * <p>When several modules of one scan declare the same qualified name (samples repositories often
 * have many {@code helloworld.App}), the declaration nearest to the file that uses the name wins.
 *
 * <p>Built from some of the project's files, it asks its {@link JavaSourceLoader} for the files a
 * lookup needs (those declaring a qualified name, those that may declare subtypes of a type)
 * before answering, and keeps every list in the project's file order, so answers do not depend on
 * which files were parsed first. Safe to share between threads.
 *
 * <p><b>Trees.</b> What the index keeps of a file is what resolving names needs (its package, its
 * imports, each type's name, members types and the supertype names it lists), keyed by where each
 * type is written ({@link NodeKey}), not its tree: a file's tree lives in a cache bounded by
 * {@link JavaSourceLoader#treeBudgetLines()} and is parsed again after it was dropped. Answers that
 * are tree nodes come from the tree cached at the time, so two lookups may return nodes of two
 * parses of one file. Code that compares nodes across lookups works within a {@link #hold()}: the
 * trees it touches stay the same instances until it is closed. Nodes of a file the index does not
 * hold (a file parsed only to be checked) are not project types here, as before.
 */
public final class ProjectTypes {

    /** Marks a tree as one of this index's, with the root-relative path of its file. */
    private static final DataKey<Set<ProjectTypes>> OWNERS = new DataKey<>() { };
    private static final DataKey<String> PATH = new DataKey<>() { };
    private static final DataKey<Map<NodeKey, Node>> NODES = new DataKey<>() { };

    private final JavaSourceLoader loader;
    private final Map<String, List<TypeInfo>> byQualifiedName = new HashMap<>();
    private final Map<NodeKey, TypeInfo> byKey = new HashMap<>();
    /** Project file order, then declaration order (members after their type) within a file. */
    private final Comparator<TypeInfo> inFileOrder = Comparator.comparingLong(info -> info.order);
    private final List<TypeInfo> all = new ArrayList<>();
    private final Map<String, FileContext> registered = new HashMap<>();
    private final Set<String> namesAsked = new HashSet<>();
    private final Set<String> subtypesAsked = new HashSet<>();
    private final List<TypeInfo> unlinked = new ArrayList<>();
    /**
     * Trees by path, least recently used first, held softly: they can be parsed again, so under memory
     * pressure the collector takes them rather than run out of heap (the budget bounds them otherwise).
     */
    private final LinkedHashMap<String, CachedTree> trees = new LinkedHashMap<>(16, 0.75f, true);
    /** Where the collector puts the cached trees it took, so their lines leave the budget. */
    private final ReferenceQueue<JavaSource> collected = new ReferenceQueue<>();
    private final Map<String, Integer> treeLines = new HashMap<>();
    private long cachedLines;
    private final ThreadLocal<Held> held = new ThreadLocal<>();

    /** What a file gives names resolved in it: its package and imports. */
    private record FileContext(String packagePrefix, List<Import> imports) {

        static FileContext of(CompilationUnit unit) {
            String packagePrefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
            List<Import> imports = new ArrayList<>(unit.getImports().size());
            for (ImportDeclaration imported : unit.getImports()) {
                imports.add(new Import(imported.getNameAsString(), imported.getName().getIdentifier(),
                        imported.isStatic(), imported.isAsterisk()));
            }
            return new FileContext(packagePrefix, List.copyOf(imports));
        }
    }

    private record Import(String name, String identifier, boolean isStatic, boolean isAsterisk) {
    }

    /**
     * What handler discovery asks about a type, answered without its tree.
     *
     * @param isClass            a class (not an interface, enum or record)
     * @param isEnum             an enum
     * @param declaredSupertypes the names after {@code extends} and {@code implements} as written, without
     *                           type arguments ({@code com.x.Base}, {@code RequestHandler})
     * @param methods            the methods declared in the type's body, in source order
     */
    public record TypeSummary(NodeKey key, String qualifiedName, String name, boolean isClass, boolean isEnum,
                              List<String> declaredSupertypes, List<MethodSummary> methods, int nameLine,
                              int nameColumn) {
    }

    /** A method declared in a type: its name, how many parameters, whether it has a body, where its name is. */
    public record MethodSummary(NodeKey key, String name, int parameters, boolean hasBody, int nameLine,
                                int nameColumn) {
    }

    /** A registered type: everything resolution needs, without its tree. */
    private static final class TypeInfo {
        final NodeKey key;
        final String qualifiedName;
        final String name;
        final long order;
        final TypeInfo enclosing;
        final FileContext file;
        final List<String> declaredSupertypes;
        TypeSummary summary;
        boolean extendsSomething;
        final Map<String, TypeInfo> members = new HashMap<>(0);
        List<TypeInfo> supertypes = List.of();
        final List<TypeInfo> subtypes = new ArrayList<>(0);

        TypeInfo(NodeKey key, String qualifiedName, String name, long order, TypeInfo enclosing, FileContext file,
                 List<String> declaredSupertypes) {
            this.key = key;
            this.qualifiedName = qualifiedName;
            this.name = name;
            this.order = order;
            this.enclosing = enclosing;
            this.file = file;
            this.declaredSupertypes = declaredSupertypes;
        }

        String path() {
            return key.path();
        }
    }

    /** Where a name is resolved: enclosing types (innermost first; registered or not), the file, the path. */
    private record Context(List<Object> frames, FileContext file, String path) {
    }

    /** A cached tree, softly held; knows its file so the cache can forget it once it is collected. */
    private static final class CachedTree extends SoftReference<JavaSource> {
        final String path;

        CachedTree(JavaSource source, ReferenceQueue<JavaSource> queue) {
            super(source, queue);
            this.path = source.path();
        }
    }

    /** Trees one thread holds on to. */
    private static final class Held {
        final Map<String, JavaSource> trees = new HashMap<>();
        int depth;
    }

    /** Ends a {@link #hold()}. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /** The types of these sources, and no others. */
    public ProjectTypes(List<JavaSource> sources) {
        this(sources, JavaSourceLoader.none(sources));
    }

    /** The types of these sources, and of the files the loader parses when a lookup needs them. */
    public ProjectTypes(List<JavaSource> sources, JavaSourceLoader loader) {
        this.loader = loader;
        registerAndLink(sources);
    }

    /**
     * Adds files the model starts from without linking their types yet, so a caller can give many files
     * a few at a time and let their trees go; {@link #linkAdded()} then links them all, as the
     * constructor does for its sources.
     */
    public synchronized void add(List<JavaSource> sources) {
        for (JavaSource source : sources) {
            unlinked.addAll(register(source));
        }
    }

    /** Links the types of the files {@link #add added} since the last call. */
    public synchronized void linkAdded() {
        List<TypeInfo> added = new ArrayList<>(unlinked);
        unlinked.clear();
        added.forEach(this::linkSupertypes);
    }

    /** Registers the types of a file not registered yet; returns them. */
    private List<TypeInfo> register(JavaSource source) {
        CompilationUnit unit = source.unit();
        if (registered.containsKey(source.path())) {
            return List.of();
        }
        FileContext file = FileContext.of(unit);
        registered.put(source.path(), file);
        adopt(source);
        long fileOrder = (long) loader.order(source.path()) << 32;
        List<TypeInfo> added = new ArrayList<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            register(source.path(), type, type.getNameAsString(), null, file, fileOrder, added);
        }
        cache(source);
        return added;
    }

    private TypeInfo register(String path, TypeDeclaration<?> type, String qualifiedName, TypeInfo enclosing,
                              FileContext file, long fileOrder, List<TypeInfo> added) {
        String name = enclosing == null ? file.packagePrefix() + qualifiedName : qualifiedName;
        List<String> supertypeNames = new ArrayList<>(0);
        for (ClassOrInterfaceType declared : declaredSupertypes(type)) {
            supertypeNames.add(nameWithScope(declared));
        }
        TypeInfo info = new TypeInfo(NodeKey.of(path, type), name, type.getNameAsString(), fileOrder + added.size(),
                enclosing, file, supertypeNames);
        List<MethodSummary> methods = new ArrayList<>(0);
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof MethodDeclaration method) {
                var position = method.getName().getBegin();
                methods.add(new MethodSummary(NodeKey.of(path, method), method.getNameAsString(),
                        method.getParameters().size(), method.getBody().isPresent(),
                        position.map(p -> p.line).orElse(1), position.map(p -> p.column).orElse(1)));
            }
        }
        info.extendsSomething = type instanceof ClassOrInterfaceDeclaration declaration
                && !declaration.getExtendedTypes().isEmpty();
        info.summary = new TypeSummary(info.key, name, info.name,
                type instanceof ClassOrInterfaceDeclaration declaration && !declaration.isInterface(),
                type instanceof EnumDeclaration, List.copyOf(supertypeNames), List.copyOf(methods),
                type.getName().getBegin().map(p -> p.line).orElse(1),
                type.getName().getBegin().map(p -> p.column).orElse(1));
        added.add(info);
        byKey.put(info.key, info);
        insertInOrder(byQualifiedName.computeIfAbsent(name, n -> new ArrayList<>(1)), info);
        insertInOrder(all, info);
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                TypeInfo nestedInfo = register(path, nested, name + "." + nested.getNameAsString(), info, file,
                        fileOrder, added);
                info.members.putIfAbsent(nested.getNameAsString(), nestedInfo);
            }
        }
        return info;
    }

    private void insertInOrder(List<TypeInfo> types, TypeInfo type) {
        int at = types.isEmpty() || inFileOrder.compare(types.get(types.size() - 1), type) <= 0 ? types.size()
                : Collections.binarySearch(types, type, inFileOrder);
        types.add(at < 0 ? -at - 1 : at, type);
    }

    private void linkSupertypes(TypeInfo type) {
        List<TypeInfo> supers = new ArrayList<>();
        Context context = contextOf(type);
        for (String declared : type.declaredSupertypes) {
            if (resolveName(declared, context) instanceof TypeInfo found && found != type) {
                supers.add(found);
            }
        }
        type.supertypes = supers;
        for (TypeInfo parent : supers) {
            insertInOrder(parent.subtypes, type);
        }
    }

    private void registerAndLink(List<JavaSource> sources) {
        List<TypeInfo> added = new ArrayList<>();
        for (JavaSource source : sources) {
            added.addAll(register(source));
        }
        added.forEach(this::linkSupertypes);
    }

    /** Loads, the first time a name is asked for, the files that declare it. */
    private void loadDeclaring(String qualifiedName) {
        if (namesAsked.add(qualifiedName)) {
            registerAndLink(loader.declaring(qualifiedName));
        }
    }

    // ---- trees

    /**
     * Marks a tree as this index's, so its nodes have keys, and indexes its keyed nodes, before any other
     * thread sees it: a node's data map is not thread-safe, so it is not written once the tree is shared
     * (replacing the owners' value keeps the map's shape).
     */
    private void adopt(JavaSource source) {
        CompilationUnit unit = source.unit();
        synchronized (unit) {
            if (!unit.containsData(PATH)) {
                unit.setData(PATH, source.path());
                unit.setData(NODES, index(unit, source.path()));
                unit.setData(OWNERS, Set.of(this));
            } else if (!unit.getData(OWNERS).contains(this)) {
                Set<ProjectTypes> owners = new HashSet<>(unit.getData(OWNERS));
                owners.add(this);
                unit.setData(OWNERS, Set.copyOf(owners));
            }
        }
    }

    private static Map<NodeKey, Node> index(CompilationUnit unit, String path) {
        Map<NodeKey, Node> nodes = new HashMap<>();
        unit.walk(node -> {
            if (NodeKey.kindOf(node) != NodeKey.NONE) {
                NodeKey key = NodeKey.of(path, node);
                if (key != null) {
                    nodes.putIfAbsent(key, node);
                }
            }
        });
        return nodes;
    }

    private void cache(JavaSource source) {
        forgetCollected();
        String path = source.path();
        if (trees.put(path, new CachedTree(source, collected)) == null) {
            int lines = source.unit().getRange().map(range -> range.end.line).orElse(1);
            treeLines.put(path, lines);
            cachedLines += lines;
        }
        long budget = loader.treeBudgetLines();
        var eldest = trees.entrySet().iterator();
        while (cachedLines > budget && trees.size() > 1) {
            String dropped = eldest.next().getKey();
            eldest.remove();
            cachedLines -= treeLines.remove(dropped);
        }
    }

    /** The cached tree of a file, or null when it was never cached, was dropped or was collected. */
    private JavaSource cached(String path) {
        forgetCollected();
        CachedTree tree = trees.get(path);
        return tree == null ? null : tree.get();
    }

    /** Takes the trees the collector cleared out of the cache and its line count. */
    private void forgetCollected() {
        for (Reference<? extends JavaSource> gone = collected.poll(); gone != null; gone = collected.poll()) {
            String path = ((CachedTree) gone).path;
            if (trees.get(path) == gone) {
                trees.remove(path);
                cachedLines -= treeLines.remove(path);
            }
        }
    }

    /**
     * Keeps every tree this thread gets from the index the same instance until the hold is closed
     * (holds nest). A tree given here (the file being checked, when it is one of the index's files)
     * is the one lookups into its file return.
     */
    public Hold hold(JavaSource... sources) {
        Held current = held.get();
        if (current == null) {
            current = new Held();
            held.set(current);
        }
        current.depth++;
        for (JavaSource source : sources) {
            if (isOwn(source.unit())) {
                current.trees.putIfAbsent(source.path(), source);
            }
        }
        Held closing = current;
        return () -> {
            if (--closing.depth == 0) {
                held.remove();
            }
        };
    }

    /**
     * Runs a computation outside this thread's hold, for one that looks at many files' trees in turn (a
     * hold would keep them all): it must compare declarations with {@link #same} or by {@link #typeKey},
     * not by identity.
     */
    public <T> T unheld(java.util.function.Supplier<T> computation) {
        Held current = held.get();
        held.remove();
        try {
            return computation.get();
        } finally {
            if (current != null) {
                held.set(current);
            }
        }
    }

    /**
     * The tree of a file the index holds (parsed again if it was dropped), or empty for other files.
     * Parses outside the index's lock, so threads checking files do not wait for each other.
     */
    public Optional<JavaSource> source(String path) {
        Held current = held.get();
        synchronized (this) {
            if (!registered.containsKey(path)) {
                return Optional.empty();
            }
            JavaSource known = current == null ? null : current.trees.get(path);
            if (known == null) {
                known = cached(path);
            }
            if (known != null) {
                if (current != null) {
                    current.trees.putIfAbsent(path, known);
                }
                return Optional.of(known);
            }
        }
        JavaSource parsed = loader.reload(path);
        if (parsed == null) {
            return Optional.empty();
        }
        synchronized (this) {
            JavaSource cached = cached(path);
            if (cached == null) {
                adopt(parsed);
                cache(parsed);
                cached = parsed;
            }
            if (current != null) {
                current.trees.putIfAbsent(path, cached);
            }
            return Optional.of(cached);
        }
    }

    /** Whether the index has a tree of this file at hand now (so {@link #source} would not parse it). */
    public synchronized boolean isCached(String path) {
        return cached(path) != null;
    }

    private boolean isOwn(CompilationUnit unit) {
        return unit.containsData(OWNERS) && unit.getData(OWNERS).contains(this);
    }

    /**
     * A map key for a node that names the same declaration after its tree is parsed again: its
     * {@link #keyOf key} when it has one, else the node itself by identity ({@link NodeIdentity}).
     */
    public Object memoKeyOf(Node node) {
        return keyOf(node).<Object>map(key -> key).orElseGet(() -> new NodeIdentity(node));
    }

    /** The key of a declaration in one of the index's trees (empty for other trees and unkeyed nodes). */
    public Optional<NodeKey> keyOf(Node node) {
        Optional<CompilationUnit> unit = node.findCompilationUnit();
        if (unit.isEmpty() || !isOwn(unit.get())) {
            return Optional.empty();
        }
        return Optional.ofNullable(NodeKey.of(unit.get().getData(PATH), node));
    }

    /** The declaration a key names, in the tree of its file the index holds now (see {@link #hold()}). */
    public Optional<Node> node(NodeKey key) {
        return source(key.path()).map(source -> nodesOf(source.unit()).get(key));
    }

    /** The declaration a key names in a given tree of its file. */
    public Optional<Node> node(NodeKey key, CompilationUnit unit) {
        if (!isOwn(unit) || !key.path().equals(unit.getData(PATH))) {
            return node(key);
        }
        return Optional.ofNullable(nodesOf(unit).get(key));
    }

    /** The root-relative path of a tree of the index, or empty. */
    public Optional<String> pathOf(CompilationUnit unit) {
        return isOwn(unit) ? Optional.of(unit.getData(PATH)) : Optional.empty();
    }

    private static Map<NodeKey, Node> nodesOf(CompilationUnit unit) {
        return unit.getData(NODES);
    }

    private synchronized TypeInfo infoOf(TypeDeclaration<?> type) {
        return keyOf(type).map(byKey::get).orElse(null);
    }

    /** The node of a registered type; from {@code near}'s tree when that is a tree of the type's file. */
    private TypeDeclaration<?> nodeOf(TypeInfo info, Node near) {
        if (near != null) {
            Optional<CompilationUnit> unit = near.findCompilationUnit();
            if (unit.isPresent() && isOwn(unit.get()) && info.path().equals(unit.get().getData(PATH))) {
                Node node = nodesOf(unit.get()).get(info.key);
                if (node != null) {
                    return (TypeDeclaration<?>) node;
                }
            }
        }
        return (TypeDeclaration<?>) node(info.key).orElseThrow(
                () -> new IllegalStateException("the declaration of " + info.qualifiedName + " is gone"));
    }

    private List<TypeDeclaration<?>> nodesOf(List<TypeInfo> infos, Node near) {
        List<TypeDeclaration<?>> nodes = new ArrayList<>(infos.size());
        for (TypeInfo info : infos) {
            nodes.add(nodeOf(info, near));
        }
        return nodes;
    }

    private Optional<TypeDeclaration<?>> resolvedNode(Object resolved, Node near) {
        if (resolved instanceof TypeInfo info) {
            return Optional.of(nodeOf(info, near));
        }
        return Optional.ofNullable((TypeDeclaration<?>) resolved);
    }

    // ---- types

    /** The keys of every type declared in the files known so far (top-level and member types), in file order. */
    public synchronized List<NodeKey> typeKeys() {
        return all.stream().map(info -> info.key).toList();
    }

    /** The type a key of {@link #typeKeys} names. */
    public synchronized TypeDeclaration<?> type(NodeKey key) {
        TypeInfo info = byKey.get(key);
        if (info == null) {
            throw new IllegalArgumentException("not a project type: " + key);
        }
        return nodeOf(info, null);
    }

    /** What a type of {@link #typeKeys} is, without its tree. */
    public synchronized TypeSummary summary(NodeKey key) {
        return info(key).summary;
    }

    private TypeInfo info(NodeKey key) {
        TypeInfo info = byKey.get(key);
        if (info == null) {
            throw new IllegalArgumentException("not a project type: " + key);
        }
        return info;
    }

    /** {@link #selfAndSupertypes(TypeDeclaration)} by key. */
    public synchronized List<NodeKey> selfAndSupertypes(NodeKey key) {
        return selfAndSupertypes(info(key)).stream().map(info -> info.key).toList();
    }

    /** {@link #superclass(TypeDeclaration)} by key: the first name a class extends, resolved where it is written. */
    public synchronized Optional<NodeKey> superclass(NodeKey key) {
        TypeInfo info = info(key);
        if (!info.summary.isClass() || info.declaredSupertypes.isEmpty() || !extendsFirst(info)) {
            return Optional.empty();
        }
        return resolveName(info.declaredSupertypes.get(0), contextOf(info)) instanceof TypeInfo found
                ? Optional.of(found.key) : Optional.empty();
    }

    /** Whether the first declared supertype of a class is its {@code extends} (else it only implements). */
    private boolean extendsFirst(TypeInfo info) {
        return info.extendsSomething;
    }

    /** A name as written in a project type's own code (a supertype clause), resolved there; by key. */
    public synchronized Optional<NodeKey> resolveKey(String nameAsWritten, NodeKey context) {
        return resolveName(nameAsWritten, contextOf(info(context))) instanceof TypeInfo found
                ? Optional.of(found.key) : Optional.empty();
    }

    /** {@link #named(String, String)} by key. */
    public synchronized Optional<NodeKey> namedKey(String className, String path) {
        String qualifiedName = className.replace('$', '.');
        loadDeclaring(qualifiedName);
        List<TypeInfo> candidates = byQualifiedName.get(qualifiedName);
        return candidates == null ? Optional.empty() : Optional.of(nearestTo(candidates, path).key);
    }

    /** Every type declared in the files known so far, in file order: every tree at once, for small projects and tests. */
    public synchronized List<TypeDeclaration<?>> all() {
        return nodesOf(all, null);
    }

    /** The key of a project type, empty for a type the index does not hold (local classes, files only checked). */
    public synchronized Optional<NodeKey> typeKey(TypeDeclaration<?> type) {
        return Optional.ofNullable(infoOf(type)).map(info -> info.key);
    }

    /**
     * Whether two nodes are the same declaration: the same node, or the same declaration in two parses of
     * a file of the index (what identity meant while the index kept every tree).
     */
    public boolean same(Node a, Node b) {
        if (a == b) {
            return true;
        }
        Optional<NodeKey> key = keyOf(a);
        return key.isPresent() && key.equals(keyOf(b));
    }

    /** The file (root-relative path) that declares a type. */
    public synchronized String pathOf(TypeDeclaration<?> type) {
        TypeInfo info = infoOf(type);
        return info == null ? "" : info.path();
    }

    /** The project types a type extends or implements directly. */
    public synchronized List<TypeDeclaration<?>> supertypes(TypeDeclaration<?> type) {
        TypeInfo info = infoOf(type);
        return info == null ? List.of() : nodesOf(info.supertypes, type);
    }

    /** The project types that extend or implement a type directly. */
    public synchronized List<TypeDeclaration<?>> subtypes(TypeDeclaration<?> type) {
        TypeInfo info = infoOf(type);
        return info == null ? List.of() : nodesOf(subtypes(info), type);
    }

    private List<TypeInfo> subtypes(TypeInfo info) {
        if (subtypesAsked.add(info.qualifiedName)) {
            registerAndLink(loader.subtypeCandidates(info.qualifiedName));
        }
        return List.copyOf(info.subtypes);
    }

    /** A type and all its project supertypes, nearest first, each once. */
    public synchronized List<TypeDeclaration<?>> selfAndSupertypes(TypeDeclaration<?> type) {
        TypeInfo info = infoOf(type);
        if (info == null) {
            return List.of(type);
        }
        List<TypeDeclaration<?>> nodes = new ArrayList<>();
        for (TypeInfo found : selfAndSupertypes(info)) {
            nodes.add(found == info ? type : nodeOf(found, type));
        }
        return nodes;
    }

    private static List<TypeInfo> selfAndSupertypes(TypeInfo type) {
        Set<TypeInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TypeInfo> order = new ArrayList<>();
        List<TypeInfo> queue = new ArrayList<>(List.of(type));
        for (int i = 0; i < queue.size(); i++) {
            TypeInfo current = queue.get(i);
            if (seen.add(current)) {
                order.add(current);
                queue.addAll(current.supertypes);
            }
        }
        return order;
    }

    /** All project types below a type (transitively), each once, nearest first. */
    public synchronized List<TypeDeclaration<?>> allSubtypes(TypeDeclaration<?> type) {
        TypeInfo info = infoOf(type);
        if (info == null) {
            return List.of();
        }
        Set<TypeInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TypeInfo> order = new ArrayList<>();
        List<TypeInfo> queue = new ArrayList<>(subtypes(info));
        for (int i = 0; i < queue.size(); i++) {
            TypeInfo current = queue.get(i);
            if (current != info && seen.add(current)) {
                order.add(current);
                queue.addAll(subtypes(current));
            }
        }
        return nodesOf(order, type);
    }

    /** The names a type lists after {@code extends} and {@code implements}, as written. */
    public static List<ClassOrInterfaceType> declaredSupertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> names = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            names.addAll(declaration.getExtendedTypes());
            names.addAll(declaration.getImplementedTypes());
        } else if (type instanceof EnumDeclaration declaration) {
            names.addAll(declaration.getImplementedTypes());
        } else if (type instanceof RecordDeclaration declaration) {
            names.addAll(declaration.getImplementedTypes());
        }
        return names;
    }

    /** The superclass (not interfaces) when it is a project type. */
    public synchronized Optional<TypeDeclaration<?>> superclass(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration declaration && !declaration.isInterface()) {
            for (ClassOrInterfaceType extended : declaration.getExtendedTypes()) {
                return resolve(extended, type);
            }
        }
        return Optional.empty();
    }

    /** Resolves a type as written at some place in the sources, when it names a project type. */
    public synchronized Optional<TypeDeclaration<?>> resolve(Type type, Node context) {
        if (type instanceof ClassOrInterfaceType classType) {
            return resolveName(nameWithScope(classType), context);
        }
        return Optional.empty();
    }

    /** Resolves a simple ({@code Order}), nested ({@code Outer.Inner}) or qualified name used at {@code context}. */
    public synchronized Optional<TypeDeclaration<?>> resolveName(String name, Node context) {
        return resolvedNode(resolveName(name, contextOf(context)), context);
    }

    /** A registered type, or a node of a type the index does not hold (a local class, a file only checked). */
    private Object resolveName(String name, Context context) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        Object head = resolveSimpleName(first, context);
        if (head != null) {
            if (dot < 0) {
                return head;
            }
            Object current = head;
            for (String part : name.substring(dot + 1).split("\\.")) {
                current = current instanceof TypeInfo info ? info.members.get(part)
                        : memberType((TypeDeclaration<?>) current, part).orElse(null);
                if (current == null) {
                    return null;
                }
            }
            return current;
        }
        return dot < 0 ? null : nearest(name, context.path());
    }

    private Object resolveSimpleName(String name, Context context) {
        // Enclosing types and their member types (including inherited member types).
        for (Object frame : context.frames()) {
            if (frame instanceof TypeInfo enclosing) {
                if (enclosing.name.equals(name)) {
                    return enclosing;
                }
                for (TypeInfo candidate : selfAndSupertypes(enclosing)) {
                    TypeInfo member = candidate.members.get(name);
                    if (member != null) {
                        return member;
                    }
                }
            } else {
                TypeDeclaration<?> enclosing = (TypeDeclaration<?>) frame;
                if (enclosing.getNameAsString().equals(name)) {
                    return enclosing;
                }
                Optional<TypeDeclaration<?>> member = memberType(enclosing, name);
                if (member.isPresent()) {
                    return member.get();
                }
            }
        }
        FileContext file = context.file();
        if (file == null) {
            return null;
        }
        for (Import imported : file.imports()) {
            if (!imported.isStatic() && !imported.isAsterisk() && imported.identifier().equals(name)) {
                return nearest(imported.name(), context.path());
            }
        }
        TypeInfo samePackage = nearest(file.packagePrefix() + name, context.path());
        if (samePackage != null) {
            return samePackage;
        }
        for (Import imported : file.imports()) {
            if (!imported.isStatic() && imported.isAsterisk()) {
                TypeInfo onDemand = nearest(imported.name() + "." + name, context.path());
                if (onDemand != null) {
                    return onDemand;
                }
            }
        }
        return null;
    }

    /** Where a registered type's own names are resolved (its supertype clauses). */
    private static Context contextOf(TypeInfo type) {
        List<Object> frames = new ArrayList<>(2);
        for (TypeInfo current = type; current != null; current = current.enclosing) {
            frames.add(current);
        }
        return new Context(frames, type.file, type.path());
    }

    /** Where a name written at a node is resolved. */
    private Context contextOf(Node node) {
        List<Object> frames = new ArrayList<>(2);
        String path = null;
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof TypeDeclaration<?> type) {
                TypeInfo info = infoOf(type);
                if (path == null) {
                    path = info == null ? "" : info.path();
                }
                if (info != null) {
                    for (TypeInfo enclosing = info; enclosing != null; enclosing = enclosing.enclosing) {
                        frames.add(enclosing);
                    }
                    break;
                }
                frames.add(type);
            }
        }
        Optional<CompilationUnit> unit = node.findCompilationUnit();
        FileContext file = unit.map(u -> isOwn(u) ? registered.get(u.getData(PATH)) : null)
                .orElse(null);
        if (file == null && unit.isPresent()) {
            file = FileContext.of(unit.get());
        }
        return new Context(frames, file, path == null ? "" : path);
    }

    /** A member type declared in a type, by simple name. */
    public static Optional<TypeDeclaration<?>> memberType(TypeDeclaration<?> type, String name) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested && nested.getNameAsString().equals(name)) {
                return Optional.of(nested);
            }
        }
        return Optional.empty();
    }

    /** A type by qualified name; of several declarations, the one whose file is nearest to the context's file. */
    public synchronized Optional<TypeDeclaration<?>> nearest(String qualifiedName, Node context) {
        Optional<TypeDeclaration<?>> self = context instanceof TypeDeclaration<?> type ? Optional.of(type)
                : enclosingType(context);
        String contextPath = self.map(this::pathOf).orElse("");
        return resolvedNode(nearest(qualifiedName, contextPath), context);
    }

    private TypeInfo nearest(String qualifiedName, String contextPath) {
        loadDeclaring(qualifiedName);
        List<TypeInfo> candidates = byQualifiedName.get(qualifiedName);
        if (candidates == null) {
            return null;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        return nearestTo(candidates, contextPath);
    }

    /**
     * The type a configuration names ({@code com.x.Handler}, {@code com.x.Outer$Inner} or
     * {@code com.x.Outer.Inner}); of several declarations, the one whose file is nearest to {@code path}
     * (root-relative), the file that names it. Samples repositories declare {@code helloworld.App} once
     * per module: each template's function gets its own module's class.
     */
    public synchronized Optional<TypeDeclaration<?>> named(String className, String path) {
        String qualifiedName = className.replace('$', '.');
        loadDeclaring(qualifiedName);
        List<TypeInfo> candidates = byQualifiedName.get(qualifiedName);
        return candidates == null ? Optional.empty() : Optional.of(nodeOf(nearestTo(candidates, path), null));
    }

    private static TypeInfo nearestTo(List<TypeInfo> candidates, String contextPath) {
        TypeInfo best = candidates.get(0);
        int bestShared = -1;
        for (TypeInfo candidate : candidates) {
            int shared = commonPrefix(candidate.path(), contextPath);
            if (shared > bestShared) {
                best = candidate;
                bestShared = shared;
            }
        }
        return best;
    }

    /** Declarations with exactly this qualified name ({@code com.x.Outer.Inner} for member types). */
    public synchronized List<TypeDeclaration<?>> named(String qualifiedName) {
        loadDeclaring(qualifiedName);
        return nodesOf(byQualifiedName.getOrDefault(qualifiedName, List.of()), null);
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The enclosing named type of a node, if any. */
    public static Optional<TypeDeclaration<?>> enclosingType(Node node) {
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof TypeDeclaration<?> type) {
                return Optional.of(type);
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /** The anonymous class body a node is in, when it is nearer than any named type. */
    public static Optional<ObjectCreationExpr> enclosingAnonymousClass(Node node) {
        Node current = node.getParentNode().orElse(null);
        Node child = node;
        while (current != null) {
            if (current instanceof TypeDeclaration<?>) {
                return Optional.empty();
            }
            if (current instanceof ObjectCreationExpr creation && child instanceof BodyDeclaration<?>) {
                return Optional.of(creation);
            }
            child = current;
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    private static String nameWithScope(ClassOrInterfaceType type) {
        return type.getScope().map(scope -> nameWithScope(scope) + ".").orElse("") + type.getNameAsString();
    }
}
