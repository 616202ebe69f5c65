package dev.serverlesslint.core.engine;

import dev.serverlesslint.core.rule.Rule;
import dev.serverlesslint.core.rule.RuleMetadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The available rules, by ID, in ID order. Built-in engine rules are always present. */
public final class RuleSet {

    private final Map<String, Rule> rulesById;
    private final Map<String, RuleMetadata> metadataById;

    public RuleSet(List<Rule> rules) {
        List<Rule> all = new ArrayList<>(rules);
        all.add(new ParseErrorRule());
        all.add(new InvalidConfigurationRule());
        all.add(new UnusedSuppressionRule());
        all.sort((a, b) -> a.metadata().id().compareTo(b.metadata().id()));
        Map<String, Rule> byId = new LinkedHashMap<>();
        Map<String, RuleMetadata> metadata = new LinkedHashMap<>();
        for (Rule rule : all) {
            RuleMetadata meta = rule.metadata();
            Rule previous = byId.putIfAbsent(meta.id(), rule);
            if (previous != null && previous.getClass() != rule.getClass()) {
                throw new IllegalStateException("rule ID " + meta.id() + " is declared by both "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
            metadata.putIfAbsent(meta.id(), meta);
        }
        this.rulesById = Collections.unmodifiableMap(byId);
        this.metadataById = Collections.unmodifiableMap(metadata);
    }

    /** Rules registered as {@code META-INF/services/dev.serverlesslint.core.rule.Rule} on the class path. */
    public static RuleSet discover(ClassLoader loader) {
        List<Rule> rules = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(rules::add);
        return new RuleSet(rules);
    }

    public List<Rule> rules() {
        return List.copyOf(rulesById.values());
    }

    public List<RuleMetadata> metadata() {
        return List.copyOf(metadataById.values());
    }

    public Optional<RuleMetadata> metadata(String id) {
        return Optional.ofNullable(metadataById.get(id));
    }

    public boolean contains(String id) {
        return rulesById.containsKey(id);
    }
}
