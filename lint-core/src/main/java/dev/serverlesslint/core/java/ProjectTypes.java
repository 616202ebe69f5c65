package dev.serverlesslint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
 */
public final class ProjectTypes {

    private final JavaSourceLoader loader;
    private final Map<String, List<TypeDeclaration<?>>> byQualifiedName = new HashMap<>();
    private final Map<TypeDeclaration<?>, String> pathOf = new IdentityHashMap<>();
    private final Map<TypeDeclaration<?>, String> qualifiedNameOf = new IdentityHashMap<>();
    /** Project file order, then declaration order (members after their type) within a file. */
    private final Map<TypeDeclaration<?>, Long> orderOf = new IdentityHashMap<>();
    private final Comparator<TypeDeclaration<?>> inFileOrder = Comparator.comparingLong(orderOf::get);
    private final Map<TypeDeclaration<?>, List<TypeDeclaration<?>>> supertypes = new IdentityHashMap<>();
    private final Map<TypeDeclaration<?>, List<TypeDeclaration<?>>> subtypes = new IdentityHashMap<>();
    private final List<TypeDeclaration<?>> all = new ArrayList<>();
    private final Set<CompilationUnit> registered = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> namesAsked = new HashSet<>();
    private final Set<String> subtypesAsked = new HashSet<>();

    /** The types of these sources, and no others. */
    public ProjectTypes(List<JavaSource> sources) {
        this(sources, JavaSourceLoader.none(sources));
    }

    /** The types of these sources, and of the files the loader parses when a lookup needs them. */
    public ProjectTypes(List<JavaSource> sources, JavaSourceLoader loader) {
        this.loader = loader;
        List<TypeDeclaration<?>> added = new ArrayList<>();
        for (JavaSource source : sources) {
            added.addAll(register(source));
        }
        added.forEach(this::linkSupertypes);
    }

    /** Registers the types of a file not registered yet; returns them. */
    private List<TypeDeclaration<?>> register(JavaSource source) {
        if (!registered.add(source.unit())) {
            return List.of();
        }
        String packagePrefix = source.unit().getPackageDeclaration()
                .map(p -> p.getNameAsString() + ".")
                .orElse("");
        long fileOrder = (long) loader.order(source) << 32;
        List<TypeDeclaration<?>> added = new ArrayList<>();
        for (TypeDeclaration<?> type : source.unit().getTypes()) {
            register(source.path(), type, packagePrefix + type.getNameAsString(), fileOrder, added);
        }
        return added;
    }

    private void register(String path, TypeDeclaration<?> type, String qualifiedName, long fileOrder,
                          List<TypeDeclaration<?>> added) {
        orderOf.put(type, fileOrder + added.size());
        added.add(type);
        pathOf.put(type, path);
        qualifiedNameOf.put(type, qualifiedName);
        insertInOrder(byQualifiedName.computeIfAbsent(qualifiedName, n -> new ArrayList<>(1)), type);
        insertInOrder(all, type);
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                register(path, nested, qualifiedName + "." + nested.getNameAsString(), fileOrder, added);
            }
        }
    }

    private void insertInOrder(List<TypeDeclaration<?>> types, TypeDeclaration<?> type) {
        int at = types.isEmpty() || inFileOrder.compare(types.get(types.size() - 1), type) <= 0 ? types.size()
                : Collections.binarySearch(types, type, inFileOrder);
        types.add(at < 0 ? -at - 1 : at, type);
    }

    private void linkSupertypes(TypeDeclaration<?> type) {
        List<TypeDeclaration<?>> supers = new ArrayList<>();
        for (ClassOrInterfaceType declared : declaredSupertypes(type)) {
            resolve(declared, type).filter(s -> s != type).ifPresent(supers::add);
        }
        supertypes.put(type, supers);
        for (TypeDeclaration<?> parent : supers) {
            insertInOrder(subtypes.computeIfAbsent(parent, p -> new ArrayList<>()), type);
        }
    }

    private void registerAndLink(List<JavaSource> sources) {
        List<TypeDeclaration<?>> added = new ArrayList<>();
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

    /** Every type declared in the files known so far (top-level and member types), in file order. */
    public synchronized List<TypeDeclaration<?>> all() {
        return List.copyOf(all);
    }

    /** The file (root-relative path) that declares a type. */
    public synchronized String pathOf(TypeDeclaration<?> type) {
        return pathOf.getOrDefault(type, "");
    }

    /** The project types a type extends or implements directly. */
    public synchronized List<TypeDeclaration<?>> supertypes(TypeDeclaration<?> type) {
        return supertypes.getOrDefault(type, List.of());
    }

    /** The project types that extend or implement a type directly. */
    public synchronized List<TypeDeclaration<?>> subtypes(TypeDeclaration<?> type) {
        String qualifiedName = qualifiedNameOf.get(type);
        if (qualifiedName != null && subtypesAsked.add(qualifiedName)) {
            registerAndLink(loader.subtypeCandidates(qualifiedName));
        }
        return List.copyOf(subtypes.getOrDefault(type, List.of()));
    }

    /** A type and all its project supertypes, nearest first, each once. */
    public synchronized List<TypeDeclaration<?>> selfAndSupertypes(TypeDeclaration<?> type) {
        Set<TypeDeclaration<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TypeDeclaration<?>> order = new ArrayList<>();
        List<TypeDeclaration<?>> queue = new ArrayList<>(List.of(type));
        for (int i = 0; i < queue.size(); i++) {
            TypeDeclaration<?> current = queue.get(i);
            if (seen.add(current)) {
                order.add(current);
                queue.addAll(supertypes(current));
            }
        }
        return order;
    }

    /** All project types below a type (transitively), each once, nearest first. */
    public synchronized List<TypeDeclaration<?>> allSubtypes(TypeDeclaration<?> type) {
        Set<TypeDeclaration<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TypeDeclaration<?>> order = new ArrayList<>();
        List<TypeDeclaration<?>> queue = new ArrayList<>(subtypes(type));
        for (int i = 0; i < queue.size(); i++) {
            TypeDeclaration<?> current = queue.get(i);
            if (current != type && seen.add(current)) {
                order.add(current);
                queue.addAll(subtypes(current));
            }
        }
        return order;
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
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        Optional<TypeDeclaration<?>> head = resolveSimpleName(first, context);
        if (head.isPresent()) {
            TypeDeclaration<?> current = head.get();
            if (dot < 0) {
                return head;
            }
            for (String part : name.substring(dot + 1).split("\\.")) {
                Optional<TypeDeclaration<?>> nested = memberType(current, part);
                if (nested.isEmpty()) {
                    return Optional.empty();
                }
                current = nested.get();
            }
            return Optional.of(current);
        }
        return dot < 0 ? Optional.empty() : nearest(name, context);
    }

    private Optional<TypeDeclaration<?>> resolveSimpleName(String name, Node context) {
        // Enclosing types and their member types (including inherited member types).
        Node current = context;
        while (current != null) {
            if (current instanceof TypeDeclaration<?> enclosing) {
                if (enclosing.getNameAsString().equals(name)) {
                    return Optional.of(enclosing);
                }
                for (TypeDeclaration<?> candidate : selfAndSupertypes(enclosing)) {
                    Optional<TypeDeclaration<?>> member = memberType(candidate, name);
                    if (member.isPresent()) {
                        return member;
                    }
                }
            }
            current = current.getParentNode().orElse(null);
        }
        Optional<CompilationUnit> unit = context.findCompilationUnit();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        for (ImportDeclaration imported : unit.get().getImports()) {
            if (!imported.isStatic() && !imported.isAsterisk()
                    && imported.getName().getIdentifier().equals(name)) {
                return nearest(imported.getNameAsString(), context);
            }
        }
        String packagePrefix = unit.get().getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        Optional<TypeDeclaration<?>> samePackage = nearest(packagePrefix + name, context);
        if (samePackage.isPresent()) {
            return samePackage;
        }
        for (ImportDeclaration imported : unit.get().getImports()) {
            if (!imported.isStatic() && imported.isAsterisk()) {
                Optional<TypeDeclaration<?>> onDemand = nearest(imported.getNameAsString() + "." + name, context);
                if (onDemand.isPresent()) {
                    return onDemand;
                }
            }
        }
        return Optional.empty();
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
        loadDeclaring(qualifiedName);
        List<TypeDeclaration<?>> candidates = byQualifiedName.get(qualifiedName);
        if (candidates == null) {
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        String contextPath = (context instanceof TypeDeclaration<?> self ? Optional.<TypeDeclaration<?>>of(self)
                : enclosingType(context)).map(this::pathOf).orElse("");
        return Optional.of(nearestTo(candidates, contextPath));
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
        List<TypeDeclaration<?>> candidates = byQualifiedName.get(qualifiedName);
        return candidates == null ? Optional.empty() : Optional.of(nearestTo(candidates, path));
    }

    private TypeDeclaration<?> nearestTo(List<TypeDeclaration<?>> candidates, String contextPath) {
        TypeDeclaration<?> best = candidates.get(0);
        int bestShared = -1;
        for (TypeDeclaration<?> candidate : candidates) {
            int shared = commonPrefix(pathOf(candidate), contextPath);
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
        return List.copyOf(byQualifiedName.getOrDefault(qualifiedName, List.of()));
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
