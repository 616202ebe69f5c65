package dev.serverlesslint.core.finding;

/**
 * Something wrong in serverless-lint's own configuration ({@code .serverless-lint.yml}, the
 * baseline), reported as SL001 at its line; the command line then exits with status 2.
 *
 * @param path     the file as it is reported (relative to the project root when it is inside it)
 * @param position where the problem is
 * @param message  what is wrong and what to write instead
 */
public record ConfigurationProblem(String path, SourcePosition position, String message) {
}
