package dev.serverlesslint.core.engine;

/** A rule that threw while checking a file: reported, and the run goes on. */
public record InternalError(String ruleId, String path, String message, Throwable cause) {
}
