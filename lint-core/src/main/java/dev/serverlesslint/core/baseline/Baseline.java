package dev.serverlesslint.core.baseline;

import dev.serverlesslint.core.finding.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Accepted findings, by fingerprint, with how many of each are accepted: a second identical finding
 * in the same method shows up even though the first is accepted.
 */
public final class Baseline {

    /** One accepted fingerprint. {@code context} and {@code code} are for people reviewing the file. */
    public record Entry(String ruleId, String path, String context, String code, String fingerprint, int count) {
    }

    public static final Baseline EMPTY = new Baseline(List.of());

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path)
            .thenComparing(Entry::ruleId)
            .thenComparing(Entry::context)
            .thenComparing(Entry::code)
            .thenComparing(Entry::fingerprint);

    private final List<Entry> entries;
    private final Map<String, Integer> counts = new HashMap<>();

    public Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
        for (Entry entry : this.entries) {
            counts.merge(entry.fingerprint(), entry.count(), Integer::sum);
        }
    }

    /** The baseline that accepts exactly these findings. */
    public static Baseline of(List<Finding> findings, Function<Finding, Fingerprint> fingerprints) {
        Map<String, Entry> byFingerprint = new HashMap<>();
        for (Finding finding : findings) {
            Fingerprint fingerprint = fingerprints.apply(finding);
            byFingerprint.merge(fingerprint.value(),
                    new Entry(finding.ruleId(), finding.path(), fingerprint.context(), fingerprint.code(),
                            fingerprint.value(), 1),
                    (a, b) -> new Entry(a.ruleId(), a.path(), a.context(), a.code(), a.fingerprint(),
                            a.count() + b.count()));
        }
        return new Baseline(new ArrayList<>(byFingerprint.values()));
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The findings this baseline does not accept, in their order; each entry hides at most its count. */
    public List<Finding> hide(List<Finding> findings, Function<Finding, Fingerprint> fingerprints) {
        if (entries.isEmpty()) {
            return findings;
        }
        Map<String, Integer> remaining = new HashMap<>(counts);
        List<Finding> shown = new ArrayList<>();
        for (Finding finding : findings) {
            String value = fingerprints.apply(finding).value();
            Integer left = remaining.get(value);
            if (left != null && left > 0) {
                remaining.put(value, left - 1);
            } else {
                shown.add(finding);
            }
        }
        return shown;
    }
}
