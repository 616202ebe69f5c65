package dev.serverlesslint.core.packaging;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.input.InputLog;
import dev.serverlesslint.core.source.RegularFileReader;
import dev.serverlesslint.core.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and measures what the project deploys: artifacts named in configuration (only files
 * under the root, never followed through links) or given by the build, the layers their
 * functions add, and the dependencies of the {@code pom.xml} files (or the resolved set the build gives).
 */
public final class PackagingScanner {

    private static final long MAX_POM_BYTES = 5L * 1024 * 1024;

    private final Path root;
    private final ArchiveMeter meter;
    private final InputLog read;

    public PackagingScanner(Path root) {
        this(root, new ArchiveMeter(), InputLog.NONE);
    }

    /** @param read where every pom.xml, artifact, layer and dependency jar looked at is recorded */
    public PackagingScanner(Path root, InputLog read) {
        this(root, new ArchiveMeter(), read);
    }

    public PackagingScanner(Path root, ArchiveMeter meter) {
        this(root, meter, InputLog.NONE);
    }

    private PackagingScanner(Path root, ArchiveMeter meter, InputLog read) {
        this.root = root.toAbsolutePath().normalize();
        this.meter = meter;
        this.read = read;
    }

    /**
     * @param declared what the configuration files say is deployed (read by the project model:
     *                 {@code DeployedCode.declaredIn})
     */
    public ProjectPackaging scan(PackagingInputs inputs, List<DeclaredCode> declared, List<SourceFile> buildFiles) {
        List<PomFile> poms = readPoms(buildFiles);
        List<ResolvedDependency> jars = inputs.dependenciesResolved() ? inputs.dependencies() : List.of();
        jars.stream().filter(jar -> jar.file() != null).forEach(jar -> read.metadata(jar.file()));
        Map<Path, Found> found = new LinkedHashMap<>();
        for (DeclaredCode code : declared) {
            add(code, found);
        }
        for (Path file : inputs.artifacts()) {
            Path absolute = root.resolve(file).toAbsolutePath().normalize();
            found.computeIfAbsent(realPath(absolute).orElse(absolute), p -> new Found(absolute));
        }
        List<PackagedArtifact> artifacts = new ArrayList<>();
        for (Found artifact : found.values()) {
            artifacts.add(measure(artifact, jars));
        }
        List<ProjectDependency> dependencies = inputs.dependenciesResolved()
                ? locate(inputs.dependencies(), poms, inputs.modulePom())
                : poms.stream().flatMap(p -> p.dependencies().stream()).toList();
        return new ProjectPackaging(artifacts, poms, dependencies, inputs.dependenciesResolved(), inputs.modulePom(),
                readApplicationProperties(buildFiles));
    }

    private PackagedArtifact measure(Found artifact, List<ResolvedDependency> jars) {
        String path = relative(artifact.file);
        read.metadata(artifact.file);
        try {
            ArchiveMeasurement measurement = meter.measure(artifact.file, jars);
            return new PackagedArtifact(path, artifact.declarations, measurement, null,
                    new ArrayList<>(artifact.layers.values()));
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new PackagedArtifact(path, artifact.declarations, null,
                    "cannot read " + path + " as a zip or jar: " + reason, List.of());
        }
    }

    private void add(DeclaredCode code, Map<Path, Found> found) {
        ConfigDocument document = code.document();
        Path directory = document.file().absolutePath().toAbsolutePath().normalize().getParent();
        ConfigValue value = code.code();
        Optional<Path> file = value.asLiteralText().filter(PackagingScanner::isArchiveName)
                .flatMap(text -> fileUnderRoot(directory, text)).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        if (file.isEmpty()) {
            return;
        }
        Found entry = found.computeIfAbsent(realPath(file.get()).orElse(file.get()), p -> new Found(file.get()));
        ArtifactDeclaration declaration = new ArtifactDeclaration(document.path(), value.position(), code.function());
        if (!entry.declarations.contains(declaration)) {
            entry.declarations.add(declaration);
        }
        for (DeclaredCode.Layer layer : code.layers()) {
            if (!entry.layers.containsKey(layer.name())) {
                layerSize(directory, layer.content())
                        .ifPresent(size -> entry.layers.put(layer.name(), new LayerPackage(layer.name(), size)));
            }
        }
    }

    private Optional<Long> layerSize(Path directory, ConfigValue content) {
        Optional<Path> path = content.asLiteralText().flatMap(text -> fileUnderRoot(directory, text));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Path file = path.get();
        try {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                read.tree(file);
                return Optional.of(DirectorySize.of(file));
            }
            read.metadata(file);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && isArchiveName(file.getFileName().toString())) {
                return Optional.of(meter.measure(file, List.of()).unzippedBytes());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A relative path from configuration resolved against its file's directory, only if it stays under the root. */
    private Optional<Path> fileUnderRoot(Path directory, String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.contains("://")) {
            return Optional.empty();
        }
        Path candidate;
        try {
            candidate = directory.resolve(trimmed).normalize();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            read.absent(candidate); // built later, it changes the findings
            return Optional.empty();
        }
        Optional<Path> real = realPath(candidate);
        Optional<Path> realRoot = realPath(root);
        if (real.isEmpty() || realRoot.isEmpty() || !real.get().startsWith(realRoot.get())) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    private static boolean isArchiveName(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".jar") || lower.endsWith(".zip");
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Only the modules: the {@code pom.xml} files with their declared dependencies and the application
     * properties, no artifact measured (for runs without project rules, whose code rules still need to
     * know which modules are Lambda code).
     */
    public ProjectPackaging modulesOnly(List<SourceFile> buildFiles) {
        List<PomFile> poms = readPoms(buildFiles);
        return new ProjectPackaging(List.of(), poms, poms.stream().flatMap(p -> p.dependencies().stream()).toList(),
                false, PackagingInputs.ROOT_POM, readApplicationProperties(buildFiles));
    }

    /** The modules' Spring Boot application properties among the build files. */
    private List<ApplicationProperties> readApplicationProperties(List<SourceFile> buildFiles) {
        List<ApplicationProperties> found = new ArrayList<>();
        for (SourceFile file : buildFiles) {
            if (!ApplicationProperties.isApplicationProperties(file.relativePath())) {
                continue;
            }
            try {
                byte[] bytes = RegularFileReader.read(file.absolutePath(), ApplicationProperties.MAX_BYTES);
                read.content(file.absolutePath(), bytes);
                found.add(ApplicationProperties.read(file.relativePath(), bytes));
            } catch (RegularFileReader.FileTooLargeException e) {
                read.metadata(file.absolutePath());
            } catch (IOException | SecurityException e) {
                // An unreadable file only means its settings are not checked.
                read.unusable("cannot read " + file.relativePath());
            }
        }
        return found;
    }

    private List<PomFile> readPoms(List<SourceFile> buildFiles) {
        List<PomFile> poms = new ArrayList<>();
        for (SourceFile file : buildFiles) {
            if (ApplicationProperties.isApplicationProperties(file.relativePath())) {
                continue; // the other build files are pom.xml files
            }
            try {
                byte[] bytes = RegularFileReader.read(file.absolutePath(), MAX_POM_BYTES);
                read.content(file.absolutePath(), bytes);
                PomReader.read(file.relativePath(), bytes).ifPresent(poms::add);
            } catch (RegularFileReader.FileTooLargeException e) {
                read.metadata(file.absolutePath());
            } catch (IOException | SecurityException e) {
                // An unreadable pom.xml only means its dependencies are not checked.
                read.unusable("cannot read " + file.relativePath());
            }
        }
        return poms;
    }

    /**
     * Gives each resolved dependency the position of its declaration, or of the direct dependency bringing it,
     * in the module's own {@code pom.xml}; one inherited from a parent POM has none.
     */
    private static List<ProjectDependency> locate(List<ResolvedDependency> resolved, List<PomFile> poms,
                                                  String modulePom) {
        List<ProjectDependency> located = new ArrayList<>();
        for (ResolvedDependency dependency : resolved) {
            String declaredAs = dependency.isDirect() ? dependency.coordinates() : dependency.via();
            Optional<ProjectDependency> declaration = poms.stream()
                    .filter(p -> p.path().equals(modulePom))
                    .flatMap(p -> p.dependencies().stream())
                    .filter(d -> d.coordinates().equals(declaredAs))
                    .findFirst();
            located.add(new ProjectDependency(dependency.groupId(), dependency.artifactId(), dependency.version(),
                    dependency.scope() == null ? "compile" : dependency.scope(),
                    declaration.map(ProjectDependency::pomPath).orElse(null),
                    declaration.map(ProjectDependency::position).orElse(SourcePosition.START),
                    dependency.isDirect(), dependency.isDirect() ? null : dependency.via()));
        }
        return located;
    }

    private static final class Found {
        private final Path file;
        private final List<ArtifactDeclaration> declarations = new ArrayList<>();
        private final Map<String, LayerPackage> layers = new LinkedHashMap<>();

        Found(Path file) {
            this.file = file;
        }
    }
}
