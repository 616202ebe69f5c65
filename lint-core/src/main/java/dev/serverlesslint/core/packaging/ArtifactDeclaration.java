package dev.serverlesslint.core.packaging;

import dev.serverlesslint.core.finding.SourcePosition;

/**
 * Where configuration names a deployment artifact: serverless.yml {@code package.artifact}
 * (service or function level), a SAM {@code CodeUri} or a CloudFormation {@code Code} that is a local file.
 *
 * @param configPath root-relative path of the configuration file
 * @param position   the value's position
 * @param function   the function it belongs to, or {@code null} for a service-level declaration
 */
public record ArtifactDeclaration(String configPath, SourcePosition position, String function) {
}
