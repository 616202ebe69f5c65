package dev.serverlesslint.core.requestpath;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.serverlesslint.core.java.NodeKey;
import dev.serverlesslint.core.java.ProjectTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spring Cloud Function handlers. A function deployed through Spring's AWS adapter
 * ({@code org.springframework.cloud.function.adapter.aws.FunctionInvoker}, or a subclass of the older
 * {@code SpringBootRequestHandler}/{@code SpringBootStreamHandler}) runs a {@code Function},
 * {@code Consumer} or {@code Supplier} bean per request: its {@code apply}/{@code accept}/{@code get}
 * is the request path, while the bean's constructor and the {@code @Bean} factory method that builds
 * it run once, at init. The beans are those the functions select by name (the model's
 * {@link SpringFunctionDeployment#definitions()}); when no function names one, or none of the names is a
 * bean of the project, every function bean of the project counts.
 * <p>
 * Function beans are classes implementing {@code java.util.function.Function}, {@code Consumer} or
 * {@code Supplier} that are Spring components (a stereotype annotation, or a class in the
 * {@code functions} package Spring Cloud Function scans) and {@code @Bean} methods returning one of
 * those types. Only projects that use the adapter are concerned: a dependency on
 * {@code spring-cloud-function-adapter-aws}, a function handler naming the invoker, or a project class
 * extending one of the adapter's handlers. Elsewhere (Spring Cloud Stream, plain mappers) such beans
 * are not Lambda handlers.
 */
final class SpringCloudFunctions {

    /** The functional interfaces and the method the adapter calls on each, with its parameter count. */
    private static final Map<String, Entry> FUNCTIONAL_TYPES = Map.of(
            "Function", new Entry("apply", 1),
            "Consumer", new Entry("accept", 1),
            "Supplier", new Entry("get", 0));
    private static final Set<String> STEREOTYPES = Set.of("Component", "Service", "Named", "Repository",
            "Controller");
    private static final Set<String> SCANNED_PACKAGES = Set.of("functions", "function");

    private record Entry(String method, int parameters) {
    }

    /** The entries found: bean methods, and the lambdas {@code @Bean} methods return, with the bean types. */
    record Found(List<MethodDeclaration> methods, List<LambdaExpr> lambdas, List<TypeDeclaration<?>> beanTypes) {
    }

    private final ProjectTypes types;
    private final SpringFunctionDeployment deployment;

    SpringCloudFunctions(ProjectTypes types, SpringFunctionDeployment deployment) {
        this.types = types;
        this.deployment = deployment;
    }

    Found discover() {
        List<MethodDeclaration> methods = new ArrayList<>();
        List<LambdaExpr> lambdas = new ArrayList<>();
        List<TypeDeclaration<?>> beanTypes = new ArrayList<>();
        if (!usesAdapter()) {
            return new Found(methods, lambdas, beanTypes);
        }
        Set<String> definitions = deployment.definitions();
        List<Bean> beans = beans();
        List<Bean> selected = beans.stream().filter(bean -> definitions.contains(bean.name())).toList();
        for (Bean bean : selected.isEmpty() ? beans : selected) {
            bean.method().ifPresent(methods::add);
            lambdas.addAll(bean.lambdas());
            beanTypes.add(bean.type());
        }
        return new Found(methods, lambdas, beanTypes);
    }

    /** A function bean: a class's entry method, or the function objects a {@code @Bean} method returns. */
    private record Bean(String name, TypeDeclaration<?> type, Optional<MethodDeclaration> method, List<LambdaExpr> lambdas) {
    }

    /** The configuration shows the adapter, or a project class extends one of its handlers. */
    private boolean usesAdapter() {
        if (deployment.adapterConfigured()) {
            return true;
        }
        for (NodeKey key : types.typeKeys()) {
            for (NodeKey candidate : types.selfAndSupertypes(key)) {
                for (String declared : types.summary(candidate).declaredSupertypes()) {
                    if (SpringFunctionDeployment.ADAPTER_HANDLERS.contains(HandlerDiscovery.simpleName(declared))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<Bean> beans() {
        List<Bean> beans = new ArrayList<>();
        for (NodeKey key : types.typeKeys()) {
            // the beans found keep their trees; the other types' trees may go
            TypeDeclaration<?> type = types.type(key);
            if (!(type instanceof ClassOrInterfaceDeclaration declaration) || declaration.isInterface()
                    || declaration.isAbstract()) {
                continue;
            }
            functionalEntry(declaration).filter(entry -> isComponent(declaration))
                    .flatMap(entry -> entryMethod(declaration, entry))
                    .ifPresent(method -> beans.add(new Bean(componentName(declaration), declaration, Optional.of(method),
                            List.of())));
            for (MethodDeclaration method : declaration.getMethods()) {
                if (method.isAnnotationPresent("Bean") && FUNCTIONAL_TYPES.containsKey(returnTypeName(method))) {
                    List<LambdaExpr> lambdas = returnedLambdas(method);
                    Optional<MethodDeclaration> anonymous = returnedAnonymousEntry(method);
                    if (!lambdas.isEmpty() || anonymous.isPresent()) {
                        beans.add(new Bean(beanName(method), declaration, anonymous, lambdas));
                    }
                }
            }
        }
        return beans;
    }

    /** The functional interface a class implements itself (the JDK's, not a project type of that name). */
    private Optional<Entry> functionalEntry(ClassOrInterfaceDeclaration declaration) {
        for (ClassOrInterfaceType implemented : declaration.getImplementedTypes()) {
            Entry entry = FUNCTIONAL_TYPES.get(implemented.getNameAsString());
            if (entry != null && types.resolve(implemented, declaration).isEmpty()) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static Optional<MethodDeclaration> entryMethod(TypeDeclaration<?> type, Entry entry) {
        return type.getMethodsByName(entry.method()).stream()
                .filter(method -> method.getBody().isPresent() && method.getParameters().size() == entry.parameters())
                .findFirst();
    }

    private static boolean isComponent(ClassOrInterfaceDeclaration declaration) {
        if (declaration.getAnnotations().stream().map(AnnotationExpr::getNameAsString)
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).anyMatch(STEREOTYPES::contains)) {
            return true;
        }
        String packageName = declaration.findCompilationUnit().flatMap(unit -> unit.getPackageDeclaration())
                .map(p -> p.getNameAsString()).orElse("");
        return SCANNED_PACKAGES.contains(packageName.substring(packageName.lastIndexOf('.') + 1));
    }

    /** {@code @Component("name")}, else the class name with a lower-case first letter, as Spring names beans. */
    private static String componentName(ClassOrInterfaceDeclaration declaration) {
        for (AnnotationExpr annotation : declaration.getAnnotations()) {
            Optional<String> value = annotationValue(annotation, "value");
            if (value.isPresent() && STEREOTYPES.contains(annotation.getName().getIdentifier())) {
                return value.get();
            }
        }
        String name = declaration.getNameAsString();
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** {@code @Bean("name")} / {@code @Bean(name = "name")}, else the method name. */
    private static String beanName(MethodDeclaration method) {
        return method.getAnnotationByName("Bean")
                .flatMap(annotation -> annotationValue(annotation, "name").or(() -> annotationValue(annotation, "value")))
                .orElse(method.getNameAsString());
    }

    private static Optional<String> annotationValue(AnnotationExpr annotation, String member) {
        Expression value = null;
        if (annotation instanceof SingleMemberAnnotationExpr single && member.equals("value")) {
            value = single.getMemberValue();
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            value = normal.getPairs().stream().filter(p -> p.getNameAsString().equals(member))
                    .map(MemberValuePair::getValue).findFirst().orElse(null);
        }
        if (value != null && value.isArrayInitializerExpr()) {
            value = value.asArrayInitializerExpr().getValues().getFirst().orElse(null);
        }
        return value instanceof StringLiteralExpr literal ? Optional.of(literal.getValue()) : Optional.empty();
    }

    private static String returnTypeName(MethodDeclaration method) {
        return method.getType() instanceof ClassOrInterfaceType type ? type.getNameAsString() : "";
    }

    /** The lambdas the method returns ({@code return input -> ...;}), not lambdas nested in other code. */
    private static List<LambdaExpr> returnedLambdas(MethodDeclaration method) {
        List<LambdaExpr> lambdas = new ArrayList<>();
        for (ReturnStmt statement : method.findAll(ReturnStmt.class)) {
            if (enclosingCallable(statement) == method) {
                statement.getExpression().filter(LambdaExpr.class::isInstance).map(LambdaExpr.class::cast)
                        .ifPresent(lambdas::add);
            }
        }
        return lambdas;
    }

    /** {@code return new Function<>() { public R apply(T t) {..} };}: the anonymous class's entry method. */
    private static Optional<MethodDeclaration> returnedAnonymousEntry(MethodDeclaration method) {
        Entry entry = FUNCTIONAL_TYPES.get(returnTypeName(method));
        for (ReturnStmt statement : method.findAll(ReturnStmt.class)) {
            Optional<ObjectCreationExpr> creation = statement.getExpression()
                    .filter(ObjectCreationExpr.class::isInstance).map(ObjectCreationExpr.class::cast);
            if (enclosingCallable(statement) == method && creation.flatMap(ObjectCreationExpr::getAnonymousClassBody).isPresent()) {
                for (var member : creation.get().getAnonymousClassBody().get()) {
                    if (member instanceof MethodDeclaration candidate && candidate.getNameAsString().equals(entry.method())
                            && candidate.getParameters().size() == entry.parameters() && candidate.getBody().isPresent()) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Node enclosingCallable(Node node) {
        Node current = node.getParentNode().orElse(null);
        while (current != null && !(current instanceof MethodDeclaration) && !(current instanceof LambdaExpr)
                && !(current instanceof com.github.javaparser.ast.body.ConstructorDeclaration)) {
            current = current.getParentNode().orElse(null);
        }
        return current;
    }
}
