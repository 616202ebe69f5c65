package dev.serverlesslint.core.session;

/** A session could not finish (a report or the baseline could not be written); the message says which file and why. */
public final class LintSessionException extends Exception {

    private static final long serialVersionUID = 1L;

    LintSessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
