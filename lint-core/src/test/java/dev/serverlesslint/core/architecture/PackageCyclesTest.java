package dev.serverlesslint.core.architecture;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * lint-core's packages depend on each other without cycles, so each can be read, tested and changed
 * from the bottom up (issue 13). The graph is built from lint-core's own sources: every import, and every
 * fully qualified name in code, of another {@code dev.serverlesslint.core} package.
 */
class PackageCyclesTest {

    private static final String BASE = "dev.serverlesslint.core";
    private static final Path SOURCES = Path.of("src/main/java/dev/serverlesslint/core");

    @Test
    void lintCoreHasNoPackageCycle() throws IOException {
        Map<String, Map<String, String>> graph = dependencies();
        assertTrue(graph.size() > 10, "the sources were found: " + graph.keySet());
        List<Set<String>> cycles = stronglyConnected(graph).stream()
                .filter(c -> c.size() > 1).toList();
        StringBuilder explanation = new StringBuilder();
        for (Set<String> cycle : cycles) {
            explanation.append("\ncycle ").append(cycle).append(':');
            for (String from : cycle) {
                graph.get(from).forEach((to, where) -> {
                    if (cycle.contains(to)) {
                        explanation.append("\n  ").append(from).append(" -> ").append(to).append(" (").append(where)
                                .append(')');
                    }
                });
            }
        }
        assertEquals(List.of(), cycles, explanation.toString());
    }

    /** Package to the packages it uses, each with one file that shows the use. */
    private static Map<String, Map<String, String>> dependencies() throws IOException {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        Map<String, Map<String, String>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            CompilationUnit unit = StaticJavaParser.parse(file);
            String from = unit.getPackageDeclaration().map(PackageDeclaration::getNameAsString).orElse("");
            Map<String, String> uses = graph.computeIfAbsent(from, p -> new TreeMap<>());
            List<String> names = new ArrayList<>();
            for (ImportDeclaration declaration : unit.getImports()) {
                String name = declaration.getNameAsString();
                names.add(declaration.isAsterisk() && !declaration.isStatic() ? name + ".*" : name);
            }
            unit.findAll(ClassOrInterfaceType.class).forEach(type -> names.add(type.asString()));
            unit.findAll(FieldAccessExpr.class).forEach(access -> names.add(access.toString()));
            for (String name : names) {
                String to = packageOf(name);
                if (to != null && !to.equals(from)) {
                    uses.putIfAbsent(to, SOURCES.relativize(file).toString());
                }
            }
        }
        return graph;
    }

    /** The lint-core package a qualified name lives in (its part before the first capitalised segment). */
    private static String packageOf(String qualifiedName) {
        if (!qualifiedName.startsWith(BASE + ".") && !qualifiedName.equals(BASE)) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : qualifiedName.split("\\.")) {
            if (segment.isEmpty() || Character.isUpperCase(segment.charAt(0)) || segment.equals("*")) {
                break;
            }
            segments.add(segment);
        }
        return String.join(".", segments);
    }

    /** Tarjan's algorithm: the strongly connected components of the graph. */
    private static List<Set<String>> stronglyConnected(Map<String, Map<String, String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, components);
            }
        }
        return components;
    }

    private static void connect(String node, Map<String, Map<String, String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, List<String> stack, Set<String> onStack,
                                List<Set<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.add(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.remove(stack.size() - 1);
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }
}
