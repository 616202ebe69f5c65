package dev.serverlesslint.core.report;

/**
 * Escaping for GitHub Actions workflow commands ({@code ::warning file=..,line=..::message}): in the
 * message {@code %}, CR and LF are percent-encoded; in property values also {@code :} and {@code ,},
 * which would otherwise end the value.
 */
final class WorkflowCommand {

    private WorkflowCommand() {
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
