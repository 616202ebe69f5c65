package dev.serverlesslint.core.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.serverlesslint.core.finding.Finding;
import dev.serverlesslint.core.location.CodeRegion;
import dev.serverlesslint.core.suppression.Suppression;
import dev.serverlesslint.core.suppression.SuppressionCollector;

import java.util.List;

/**
 * What checking one Java file left for the stages after the rules, in the form the result cache
 * stores: the rules' findings, the file's suppressions and the problems with them, and its
 * declaration regions when the engine computed them ({@code null} otherwise: none needed, or the
 * file's tree is kept for the model, {@code modelTree}, and its regions are taken from it). Only
 * checks that parsed the file and on which no rule failed are stored. Stored without its empty lists
 * (most files have no findings): read back, a missing list is empty.
 */
public record CheckedFile(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Finding> findings,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Suppression> suppressions,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SuppressionCollector.Problem> problems,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<CodeRegion> regions,
                          @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean modelTree) {

    public CheckedFile {
        findings = findings == null ? List.of() : List.copyOf(findings);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        problems = problems == null ? List.of() : List.copyOf(problems);
        regions = regions == null ? null : List.copyOf(regions);
    }
}
