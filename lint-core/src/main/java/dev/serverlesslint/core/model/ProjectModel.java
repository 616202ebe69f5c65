package dev.serverlesslint.core.model;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.java.JavaSymbols;
import dev.serverlesslint.core.java.ProjectTypes;
import dev.serverlesslint.core.packaging.ProjectPackaging;
import dev.serverlesslint.core.requestpath.RequestPathGraph;
import dev.serverlesslint.core.requestpath.RequestPaths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything known about the linted project: its Java sources, its configuration files, the
 * Lambda functions they declare, and which Java types those functions' handlers name.
 */
public final class ProjectModel {

    private final List<JavaSource> javaSources;
    private final List<ConfigDocument> configDocuments;
    private final List<LambdaFunction> functions;
    private final List<HandlerReference> handlerReferences;
    private final JavaTypeIndex types;
    private final Map<TypeDeclaration<?>, List<HandlerReference>> referencesByType = new IdentityHashMap<>();
    private final Map<ConfigDocument, List<LambdaFunction>> functionsByDocument = new HashMap<>();
    private final RequestPaths requestPaths;
    private final Map<ConfigDocument, EventSources> eventSourcesByDocument = new IdentityHashMap<>();
    private final JavaSymbols symbols;
    private final ProjectPackaging packaging;

    public ProjectModel(List<JavaSource> javaSources, List<ConfigDocument> configDocuments) {
        this(javaSources, configDocuments, ProjectPackaging.NONE);
    }

    /** A model that also knows what the project deploys (artifacts, dependencies). */
    public ProjectModel(List<JavaSource> javaSources, List<ConfigDocument> configDocuments,
                        ProjectPackaging packaging) {
        this.packaging = packaging == null ? ProjectPackaging.NONE : packaging;
        this.javaSources = List.copyOf(javaSources);
        this.configDocuments = List.copyOf(configDocuments);
        this.types = new JavaTypeIndex(this.javaSources);
        List<LambdaFunction> allFunctions = new ArrayList<>();
        List<HandlerReference> references = new ArrayList<>();
        for (ConfigDocument document : this.configDocuments) {
            List<LambdaFunction> declared = FunctionReader.functionsOf(document);
            functionsByDocument.put(document, declared);
            eventSourcesByDocument.put(document, EventSources.of(document, declared));
            allFunctions.addAll(declared);
            for (LambdaFunction function : declared) {
                function.handler().flatMap(h -> HandlerReference.parse(h, function)).ifPresent(reference -> {
                    references.add(reference);
                    types.find(reference.className()).ifPresent(type -> referencesByType
                            .computeIfAbsent(type.declaration(), t -> new ArrayList<>()).add(reference));
                });
            }
        }
        this.functions = List.copyOf(allFunctions);
        this.handlerReferences = List.copyOf(references);
        ProjectTypes projectTypes = new ProjectTypes(this.javaSources);
        this.symbols = new JavaSymbols(projectTypes);
        this.requestPaths = new RequestPathGraph(projectTypes, symbols, this);
    }

    /** The project's deployment artifacts and dependencies (empty when none are known). */
    public ProjectPackaging packaging() {
        return packaging;
    }

    /** Which code runs per request, and how a handler reaches it. */
    public RequestPaths requestPaths() {
        return requestPaths;
    }

    /** Approximate name binding over the project's Java sources (fields, locals, project types). */
    public JavaSymbols symbols() {
        return symbols;
    }

    public List<JavaSource> javaSources() {
        return javaSources;
    }

    public List<ConfigDocument> configDocuments() {
        return configDocuments;
    }

    public List<LambdaFunction> functions() {
        return functions;
    }

    public List<LambdaFunction> functionsOf(ConfigDocument document) {
        return functionsByDocument.getOrDefault(document, List.of());
    }

    /** The event sources declared in a configuration file, with its resources and reference resolver. */
    public EventSources eventSources(ConfigDocument document) {
        EventSources sources = eventSourcesByDocument.get(document);
        return sources != null ? sources : EventSources.of(document, functionsOf(document));
    }

    /** What invokes a function, as far as its own file tells. */
    public List<EventSource> eventSourcesOf(LambdaFunction function) {
        return eventSources(function.document()).of(function);
    }

    /** Handler strings from configuration that read as Java handlers. */
    public List<HandlerReference> handlerReferences() {
        return handlerReferences;
    }

    /** Configuration handler references that name this type (none when no config is in scope). */
    public List<HandlerReference> handlerReferencesTo(TypeDeclaration<?> type) {
        return referencesByType.getOrDefault(type, List.of());
    }

    public JavaTypeIndex types() {
        return types;
    }
}
