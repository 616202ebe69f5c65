package dev.serverlesslint.core.packaging;

import java.nio.file.Path;

/**
 * A dependency of the linted module as a build tool resolved it (the Maven plugin knows them; the
 * CLI only reads what {@code pom.xml} declares).
 *
 * @param groupId  Maven group
 * @param artifactId Maven artifact
 * @param version  resolved version
 * @param scope    Maven scope ({@code compile}, {@code runtime}, ...)
 * @param file     the resolved jar, or {@code null} when unknown
 * @param via      {@code group:artifact} of the direct dependency that brings it in (its own coordinates when direct)
 */
public record ResolvedDependency(String groupId, String artifactId, String version, String scope, Path file,
                                 String via) {

    public String coordinates() {
        return groupId + ":" + artifactId;
    }

    public boolean isDirect() {
        return via == null || via.equals(coordinates());
    }
}
