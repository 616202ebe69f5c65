package dev.serverlesslint.cli;

/** A mistake on the command line: reported with a pointer to {@code --help}, exit code 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
