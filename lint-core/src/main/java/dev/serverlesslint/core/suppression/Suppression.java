package dev.serverlesslint.core.suppression;

import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.finding.SourcePosition;

/**
 * One rule suppressed over a stretch of a file.
 *
 * @param ruleId    the suppressed rule
 * @param path      the file
 * @param position  where the suppression is written (where SL002 points when it is unused)
 * @param firstLine first covered line
 * @param lastLine  last covered line; {@code lastLine < firstLine} covers no line
 * @param function  logical name of the function or resource covered as a whole, or {@code null}:
 *                  findings attributed to it are covered wherever they point in the file
 * @param form      how it was written, for messages, e.g. {@code disable-next-line comment}
 */
public record Suppression(String ruleId, String path, SourcePosition position, int firstLine, int lastLine,
                          String function, String form) {

    public boolean covers(Finding finding) {
        if (!finding.ruleId().equals(ruleId) || !finding.path().equals(path)) {
            return false;
        }
        return (finding.line() >= firstLine && finding.line() <= lastLine)
                || (function != null && function.equals(finding.function()));
    }
}
