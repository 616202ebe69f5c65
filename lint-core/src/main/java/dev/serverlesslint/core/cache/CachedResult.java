package dev.serverlesslint.core.cache;

import dev.serverlesslint.core.baseline.Baseline;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a lint result: everything a report needs. Fingerprints are kept in finding
 * order ({@code null} where a finding has none).
 */
record CachedResult(List<Finding> findings, List<String> fingerprints, int filesChecked,
                    List<Baseline.Entry> baseline, int hiddenByBaseline) {

    static CachedResult of(LintResult result) {
        List<String> fingerprints = new ArrayList<>();
        for (Finding finding : result.findings()) {
            fingerprints.add(result.fingerprint(finding).orElse(null));
        }
        return new CachedResult(result.findings(), fingerprints, result.filesChecked(),
                result.currentBaseline().entries(), result.hiddenByBaseline());
    }

    LintResult toResult(RuleSet rules) {
        Map<Finding, String> byFinding = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            if (fingerprints.get(i) != null) {
                byFinding.put(findings.get(i), fingerprints.get(i));
            }
        }
        return new LintResult(findings, filesChecked, List.of(), rules, new Baseline(baseline), hiddenByBaseline,
                byFinding);
    }

    boolean isConsistent() {
        return findings != null && fingerprints != null && baseline != null
                && fingerprints.size() == findings.size() && filesChecked >= 0 && hiddenByBaseline >= 0;
    }
}
