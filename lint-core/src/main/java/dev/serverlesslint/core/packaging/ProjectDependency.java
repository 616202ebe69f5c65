package dev.serverlesslint.core.packaging;

import dev.serverlesslint.core.finding.SourcePosition;

/**
 * A dependency of a module, declared in its {@code pom.xml} or resolved by the build.
 *
 * @param groupId    Maven group (may hold an unresolved {@code ${property}})
 * @param artifactId Maven artifact
 * @param version    version as declared or resolved, or {@code null}
 * @param scope      Maven scope; {@code compile} when not declared
 * @param pomPath    root-relative path of the {@code pom.xml} where it (or the direct dependency bringing it) is
 *                   declared, or {@code null} when unknown
 * @param position   the {@code <dependency>} element's position in that file, or {@link SourcePosition#START}
 * @param direct     declared by the module itself rather than brought in transitively
 * @param via        {@code group:artifact} of the direct dependency that brings it in, or {@code null} when direct
 */
public record ProjectDependency(String groupId, String artifactId, String version, String scope, String pomPath,
                                SourcePosition position, boolean direct, String via) {

    public String coordinates() {
        return groupId + ":" + artifactId;
    }

    /** Whether it ends up on the runtime class path of the deployed function. */
    public boolean isRuntime() {
        return !"test".equals(scope) && !"provided".equals(scope) && !"system".equals(scope);
    }
}
