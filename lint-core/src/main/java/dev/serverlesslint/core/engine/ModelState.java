package dev.serverlesslint.core.engine;

import java.util.List;
import java.util.Map;

/**
 * What a run's project model gave besides the Java files' checks, kept for a later run whose model is
 * the same ({@link IncrementalState#reusable} allows reusing checks: no changed file was one the model
 * parsed, declarations and the identifiers questions named are unchanged, and every other input is).
 * Such a run takes the configuration files' and project rules' checks from here, and when every model
 * file's check is reused too it neither parses the handler files nor builds the request-path graph
 * ({@link dev.serverlesslint.core.model.ProjectModel#withoutGraph}).
 * <p>
 * The configuration and project rules read the configuration, the settings (both inputs the cache
 * compares) and the model: the functions, type lookups (which parse files the model then counts as
 * parsed), the declared packages, identifier questions that {@link IncrementalState} records, and which
 * modules deploy to Lambda (from the handler files). None reads a Java file itself.
 *
 * @param sourcePaths  the model's {@link dev.serverlesslint.core.model.ProjectModel#javaSourcePaths}: the
 *                     files checked from its trees, in order
 * @param handlerFiles the request-path graph's {@link dev.serverlesslint.core.requestpath.RequestPaths#handlerFiles}
 * @param checks       the configuration files' checks by path, and the project rules' under {@link #PROJECT}:
 *                     those on which no rule failed (their {@code regions} and {@code modelTree} unused)
 */
public record ModelState(List<String> sourcePaths, List<String> handlerFiles, Map<String, CheckedFile> checks) {

    /** The key of the project rules' check in {@link #checks}: no file's path is empty. */
    public static final String PROJECT = "";

    public ModelState {
        sourcePaths = List.copyOf(sourcePaths);
        handlerFiles = List.copyOf(handlerFiles);
        checks = Map.copyOf(checks);
    }
}
