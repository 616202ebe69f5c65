package dev.serverlesslint.core.session;

import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.ConfigurationProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a session did: the result (paths relative to the working directory), the configuration
 * problems (also in the result as SL001), the baseline written if any, the report files written
 * and the verdict. Entry points print or log these; they decide nothing.
 *
 * @param result        the findings of every project, merged and sorted
 * @param problems      what is wrong in {@code .serverless-lint.yml} or the baseline
 * @param baseline      the baseline file written and how many findings it records, if one was written
 * @param reportFiles   the report files written, in the request's order
 * @param verdict       the conclusion and its exit status
 * @param warnings      what went wrong without changing the verdict (a step summary that could not be written)
 */
public record SessionOutcome(LintResult result, List<ConfigurationProblem> problems,
                             Optional<WrittenBaseline> baseline, List<Path> reportFiles, Verdict verdict,
                             List<String> warnings) {

    public SessionOutcome {
        problems = List.copyOf(problems);
        reportFiles = List.copyOf(reportFiles);
        warnings = List.copyOf(warnings);
    }

    /** A baseline file and the number of findings it accepts. */
    public record WrittenBaseline(Path file, int findings) {
    }
}
