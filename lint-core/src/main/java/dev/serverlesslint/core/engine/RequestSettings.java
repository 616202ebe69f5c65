package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.baseline.Baseline;
import dev.serverlesslint.core.source.FileSelection;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every field of a {@link LintRequest} as canonical text, for the record of what a run depended on.
 * The fields are taken from the record itself, so a field added to the request is part of every
 * record without anyone remembering to add it; only the thread count is left out (output never
 * depends on it).
 */
final class RequestSettings {

    private static final Set<String> NOT_AFFECTING_OUTPUT = Set.of("threads");

    private RequestSettings() {
    }

    static SortedMap<String, String> of(LintRequest request) {
        SortedMap<String, String> settings = new TreeMap<>();
        for (RecordComponent component : LintRequest.class.getRecordComponents()) {
            if (NOT_AFFECTING_OUTPUT.contains(component.getName())) {
                continue;
            }
            try {
                settings.put("request." + component.getName(), canonical(component.getAccessor().invoke(request)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the request's " + component.getName(), e);
            }
        }
        return settings;
    }

    /** Text that is equal exactly when the values are: records field by field, sets and maps sorted. */
    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('(');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    text.append(component.getName()).append('=')
                            .append(canonical(component.getAccessor().invoke(record))).append(';');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return text.append(')').toString();
        }
        if (value instanceof Set<?> set) {
            List<String> items = new ArrayList<>(set.stream().map(RequestSettings::canonical).toList());
            items.sort(null);
            return items.toString();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(RequestSettings::canonical).toList().toString();
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(canonical(k), canonical(v)));
            return sorted.toString();
        }
        if (value instanceof Baseline baseline) {
            return canonical(baseline.entries());
        }
        if (value instanceof FileSelection selection) {
            return selection.describe();
        }
        if (value instanceof ReportScope scope) {
            // Only whole-project runs are cached; a narrowed scope is never equal to another.
            return scope.isAll() ? "all" : "scope@" + System.identityHashCode(scope);
        }
        if (value instanceof java.nio.charset.Charset charset) {
            return charset.name();
        }
        if (value instanceof Path || value instanceof CharSequence || value instanceof Number
                || value instanceof Boolean || value instanceof Enum<?> || value instanceof java.time.LocalDate) {
            return String.valueOf(value);
        }
        throw new IllegalArgumentException("no canonical form for a " + value.getClass().getName()
                + "; give RequestSettings one so that cached results depend on it");
    }
}
