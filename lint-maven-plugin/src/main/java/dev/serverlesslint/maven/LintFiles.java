package dev.serverlesslint.maven;

import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.ReportScope;
import dev.serverlesslint.core.engine.SourceReader;
import dev.serverlesslint.core.source.FileDiscovery;
import dev.serverlesslint.core.source.FileSelection;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceKind;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a module's lint reads and the ones it reports, under the lint root.
 * <ul>
 * <li>Read: in each module of the build, the Java files of its source roots (test roots only with
 *     {@code includeTests}); the deployment configuration anywhere, recognised by content (other YAML
 *     and JSON, such as resources, is not read); every {@code pom.xml}; and, outside the build's
 *     modules, the Java files the command line would lint there (a module left out with {@code -pl}).</li>
 * <li>Reported: the files of this module (not those of its own child modules), its build output
 *     (a packaged artifact SL207 measures), and, for the build's top-level project, the files that
 *     belong to no Maven module (a template above the modules in the {@code sam init} layout). Files
 *     of a module left out of the build are read, never reported. So each finding is reported once,
 *     by the module that owns the file.</li>
 * </ul>
 *
 * @param targets  root-relative files the lint reads
 * @param reported root-relative files and directories whose findings this module reports
 * @param all      whether this module reports every file read (then the whole run is its own)
 */
record LintFiles(List<Path> targets, List<String> reported, boolean all) {

    LintFiles {
        targets = List.copyOf(targets);
        reported = List.copyOf(reported);
    }

    ReportScope scope() {
        return all ? ReportScope.ALL : ReportScope.paths(reported);
    }

    /**
     * @param root          the lint root
     * @param selection     what the root's configuration selects (globs relative to the root, test sources)
     * @param module        the module running the goal
     * @param moduleGlobs   the goal's own includes/excludes, relative to the module's directory
     * @param modules       every module of the build, the running one included
     * @param topLevel      whether the running module is the build's top-level project
     * @param includeTests  whether test source roots are linted
     */
    static LintFiles select(Path root, FileSelection selection, ModuleLayout module, FileSelection moduleGlobs,
                            List<ModuleLayout> modules, boolean topLevel, boolean includeTests) {
        Path normalizedRoot = root.toAbsolutePath().normalize();
        Ownership ownership = new Ownership(normalizedRoot, modules, module, topLevel);
        FileDiscovery discovery = new FileDiscovery(normalizedRoot, selection);
        SourceReader reader = new SourceReader(LintRequest.DEFAULT_MAX_FILE_BYTES);
        List<Path> targets = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        boolean all = true;
        for (SourceFile file : discovery.discover(List.of())) {
            Path path = file.absolutePath().toAbsolutePath().normalize();
            ModuleLayout owner = ownership.ownerOf(path);
            boolean mine = ownership.reports(owner);
            if (owner == module && !moduleGlobs.accepts(module.directory().relativize(path).toString().replace('\\', '/'))) {
                continue;
            }
            boolean read = file.kind() == SourceKind.JAVA
                    ? !ownership.isBuildModule(owner) || owner.isSource(path, includeTests)
                    : LintRoot.isDeploymentConfiguration(reader, file);
            if (read) {
                targets.add(Path.of(file.relativePath()));
                all &= mine;
                if (mine) {
                    reported.add(file.relativePath());
                }
            }
        }
        for (SourceFile pom : discovery.buildFiles()) {
            Path path = pom.absolutePath().toAbsolutePath().normalize();
            ModuleLayout owner = ownership.ownerOf(path);
            if (owner == module && moduleGlobs.isExcluded(module.directory().relativize(path).toString())) {
                continue;
            }
            boolean mine = ownership.reports(owner);
            targets.add(Path.of(pom.relativePath()));
            all &= mine;
            if (mine) {
                reported.add(pom.relativePath());
            }
        }
        if (module.buildDirectory().startsWith(normalizedRoot) && !module.buildDirectory().equals(normalizedRoot)) {
            reported.add(normalizedRoot.relativize(module.buildDirectory()).toString().replace('\\', '/'));
        }
        return new LintFiles(targets, reported, all);
    }

    /**
     * Which module owns a file: the Maven module of the nearest directory above it that is a module of the
     * build or holds a {@code pom.xml}. The running module reports its own files and, if it is the build's
     * top-level project, the files of no Maven module; a module left out of the build reports nothing here.
     */
    private static final class Ownership {

        /** The owner of files in a Maven module that is not part of this build. */
        private static final ModuleLayout LEFT_OUT = new ModuleLayout(Path.of(""), Path.of(""), List.of(), List.of());

        private final Path root;
        private final Map<Path, ModuleLayout> modules = new HashMap<>();
        private final ModuleLayout module;
        private final boolean topLevel;
        private final Map<Path, ModuleLayout> ownerByDirectory = new HashMap<>();

        Ownership(Path root, List<ModuleLayout> modules, ModuleLayout module, boolean topLevel) {
            this.root = root;
            modules.forEach(m -> this.modules.put(m.directory(), m));
            this.module = module;
            this.topLevel = topLevel;
        }

        /** The owning module of the build, {@link #LEFT_OUT}, or {@code null} for no Maven module. */
        ModuleLayout ownerOf(Path file) {
            return ownerOfDirectory(file.getParent());
        }

        private ModuleLayout ownerOfDirectory(Path directory) {
            if (directory == null || !directory.startsWith(root)) {
                return null;
            }
            if (ownerByDirectory.containsKey(directory)) {
                return ownerByDirectory.get(directory);
            }
            ModuleLayout owner = modules.get(directory);
            if (owner == null && Files.isRegularFile(directory.resolve("pom.xml"), LinkOption.NOFOLLOW_LINKS)) {
                owner = LEFT_OUT;
            }
            if (owner == null && !directory.equals(root)) {
                owner = ownerOfDirectory(directory.getParent());
            }
            ownerByDirectory.put(directory, owner);
            return owner;
        }

        boolean reports(ModuleLayout owner) {
            return owner == null ? topLevel : owner == module;
        }

        /** A module of this build, whose source roots say which of its Java files are read. */
        boolean isBuildModule(ModuleLayout owner) {
            return owner != null && owner != LEFT_OUT;
        }
    }
}
