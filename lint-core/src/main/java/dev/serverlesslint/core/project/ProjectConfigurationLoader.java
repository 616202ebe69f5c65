package dev.serverlesslint.core.project;

import dev.serverlesslint.core.finding.ConfigurationProblem;
import dev.serverlesslint.core.config.ConfigSyntaxException;
import dev.serverlesslint.core.config.ConfigTrees;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.config.DuplicateKey;
import dev.serverlesslint.core.engine.RuleSet;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.rule.RuleMetadata;
import dev.serverlesslint.core.rule.RuleOptions;
import dev.serverlesslint.core.source.IoFailure;
import dev.serverlesslint.core.source.RegularFileReader;
import dev.serverlesslint.core.source.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds and reads {@code .serverless-lint.yml} with the same safe YAML reader as project files, and
 * checks it against the rules that exist: every problem is kept with its line (SL001), every valid
 * setting is applied.
 * <pre>
 * rules:
 *   SL205: off                 # or false: the rule does not run
 *   SL212: error               # a severity: note, warning or error
 *   SL207:                     # all settings of one rule
 *     enabled: true
 *     severity: warning
 *     options:
 *       budgetMb: 20
 * include: ["services/**"]
 * exclude: ["**&#47;generated/**"]
 * includeTests: false
 * </pre>
 */
public final class ProjectConfigurationLoader {

    /** The file looked for at the project root when none is given. */
    public static final String FILE_NAME = ".serverless-lint.yml";
    static final String ALTERNATIVE_FILE_NAME = ".serverless-lint.yaml";
    static final int MAX_CODE_POINTS = 1024 * 1024;
    /** At most four UTF-8 bytes a code point; a larger file is refused before it is read. */
    private static final long MAX_FILE_BYTES = 4L * MAX_CODE_POINTS;

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("rules", "include", "exclude", "includeTests");
    private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "options");

    private final RuleSet rules;

    public ProjectConfigurationLoader(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * Loads the configuration for a project.
     *
     * @param root         the project root: reported paths are relative to it, and the default file is there
     * @param explicitFile a file given with {@code --config} or the plugin's {@code configFile}, or {@code null}
     *                     to use {@code .serverless-lint.yml} in the root if it exists
     */
    public ProjectConfiguration load(Path root, Path explicitFile) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path file;
        if (explicitFile != null) {
            file = absoluteRoot.resolve(explicitFile).toAbsolutePath().normalize();
        } else if (Files.exists(absoluteRoot.resolve(FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
            file = absoluteRoot.resolve(FILE_NAME);
        } else if (Files.exists(absoluteRoot.resolve(ALTERNATIVE_FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
            file = absoluteRoot.resolve(ALTERNATIVE_FILE_NAME);
        } else {
            return ProjectConfiguration.NONE;
        }
        String displayPath = displayPath(absoluteRoot, file);
        String text;
        try {
            // The user's --config may be a link anywhere; the project's own file is read only inside the root.
            byte[] bytes = explicitFile != null ? RegularFileReader.readNamed(file, MAX_FILE_BYTES)
                    : RegularFileReader.readWithin(absoluteRoot, file, MAX_FILE_BYTES);
            text = SourceText.decode(bytes).content();
        } catch (RegularFileReader.FileTooLargeException | RegularFileReader.NotRegularFileException e) {
            return failed(displayPath, SourcePosition.START, "The configuration file was not read: "
                    + e.getMessage() + ".");
        } catch (IOException | SecurityException e) {
            return failed(displayPath, SourcePosition.START, "Cannot read the configuration file: "
                    + IoFailure.reason(e) + (explicitFile != null ? "; check the --config path." : "."));
        }
        return parse(displayPath, text);
    }

    /** Checks configuration text; {@code displayPath} names the file in problems. */
    public ProjectConfiguration parse(String displayPath, String text) {
        ConfigTrees.Tree tree;
        try {
            tree = ConfigTrees.readYaml(text, MAX_CODE_POINTS);
        } catch (ConfigSyntaxException e) {
            return failed(displayPath, e.position(), "The configuration is not valid YAML: " + e.getMessage());
        }
        return new Reading(displayPath).read(tree);
    }

    /** A file's path as problems name it: relative to the root when inside it, else absolute. */
    public static String displayPath(Path root, Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return normalized.startsWith(root)
                ? root.relativize(normalized).toString().replace('\\', '/')
                : normalized.toString().replace('\\', '/');
    }

    private static ProjectConfiguration failed(String displayPath, SourcePosition position, String message) {
        return new ProjectConfiguration(displayPath, Set.of(), Set.of(), Map.of(), Map.of(), List.of(), List.of(),
                null, List.of(new ConfigurationProblem(displayPath, position, message)));
    }

    /** One reading of one file: collects settings and problems. */
    private final class Reading {

        private final String path;
        private final Set<String> disabled = new HashSet<>();
        private final Set<String> enabled = new HashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private final Map<String, RuleOptions> options = new HashMap<>();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Boolean includeTests;
        private final List<ConfigurationProblem> problems = new ArrayList<>();

        Reading(String path) {
            this.path = path;
        }

        ProjectConfiguration read(ConfigTrees.Tree tree) {
            for (DuplicateKey duplicate : tree.duplicateKeys()) {
                problem(duplicate.position(), "Key '" + duplicate.key() + "' repeats the one on line "
                        + duplicate.firstPosition().line() + "; only the last is used. Merge them into one.");
            }
            ConfigValue root = tree.root();
            if (root.isMissing() || (root.isScalar() && root.text().isEmpty())) {
                return result(); // an empty file: all defaults
            }
            if (!root.isMapping()) {
                problem(root.position(), "The configuration must be a mapping with the keys "
                        + sorted(TOP_LEVEL_KEYS) + ".");
                return result();
            }
            for (ConfigValue.Entry entry : lastOfEach(root.entries())) {
                switch (entry.name()) {
                    case "rules" -> readRules(entry.value());
                    case "include" -> readGlobs(entry, includes);
                    case "exclude" -> readGlobs(entry, excludes);
                    case "includeTests" -> includeTests = bool(entry.value(), "includeTests").orElse(null);
                    default -> problem(entry.key().position(), "Unknown key '" + entry.name()
                            + "'; the configuration reads " + sorted(TOP_LEVEL_KEYS) + ".");
                }
            }
            return result();
        }

        private void readRules(ConfigValue rulesValue) {
            if (rulesValue.isScalar() && rulesValue.text().isEmpty()) {
                return;
            }
            if (!rulesValue.isMapping()) {
                problem(rulesValue.position(), "'rules' must be a mapping from rule ID to its settings, "
                        + "e.g. 'SL205: off'.");
                return;
            }
            for (ConfigValue.Entry entry : lastOfEach(rulesValue.entries())) {
                Optional<RuleMetadata> rule = findRule(entry.name());
                if (rule.isEmpty()) {
                    problem(entry.key().position(), "Unknown rule '" + entry.name()
                            + "'; use a rule ID or name from --list-rules.");
                    continue;
                }
                readRule(rule.get(), entry.value());
            }
        }

        private void readRule(RuleMetadata rule, ConfigValue value) {
            if (value.isScalar()) {
                String text = value.text().orElse("").trim().toLowerCase(Locale.ROOT);
                switch (text) {
                    case "off", "false", "no", "disabled" -> disabled.add(rule.id());
                    case "on", "true", "yes", "enabled" -> enabled.add(rule.id());
                    case "note", "warning", "error" -> {
                        enabled.add(rule.id());
                        severities.put(rule.id(), Severity.parse(text));
                    }
                    default -> problem(value.position(), "Rule " + rule.id() + ": '" + value.text().orElse("")
                            + "' is not a setting; write off, on, note, warning or error, or a mapping with "
                            + sorted(RULE_KEYS) + ".");
                }
                return;
            }
            if (!value.isMapping()) {
                problem(value.position(), "Rule " + rule.id() + " must be off, on, a severity, or a mapping with "
                        + sorted(RULE_KEYS) + ".");
                return;
            }
            for (ConfigValue.Entry entry : value.entries()) {
                switch (entry.name()) {
                    case "enabled" -> bool(entry.value(), rule.id() + " enabled").ifPresent(on -> {
                        if (on) {
                            enabled.add(rule.id());
                        } else {
                            disabled.add(rule.id());
                        }
                    });
                    case "severity" -> severity(rule, entry.value());
                    case "options" -> readOptions(rule, entry.value());
                    default -> problem(entry.key().position(), "Rule " + rule.id() + ": unknown key '"
                            + entry.name() + "'; a rule takes " + sorted(RULE_KEYS) + ".");
                }
            }
        }

        private void severity(RuleMetadata rule, ConfigValue value) {
            String text = value.asLiteralText().orElse("").trim();
            try {
                severities.put(rule.id(), Severity.parse(text));
            } catch (IllegalArgumentException e) {
                problem(value.position(), "Rule " + rule.id() + ": severity '" + text
                        + "' is not one of note, warning, error.");
            }
        }

        private void readOptions(RuleMetadata rule, ConfigValue value) {
            if (!value.isMapping()) {
                problem(value.position(), "Rule " + rule.id() + ": 'options' must be a mapping of option names "
                        + "to values.");
                return;
            }
            Map<String, String> values = new HashMap<>();
            for (ConfigValue.Entry entry : value.entries()) {
                Optional<RuleMetadata.OptionSpec> spec = rule.option(entry.name());
                if (spec.isEmpty()) {
                    problem(entry.key().position(), "Rule " + rule.id() + " has no option '" + entry.name() + "'"
                            + (rule.options().isEmpty() ? "; it takes no options."
                            : "; its options are " + rule.options().stream().map(RuleMetadata.OptionSpec::name)
                                    .sorted().toList() + "."));
                    continue;
                }
                Optional<String> text = entry.value().isScalar() ? entry.value().asLiteralText() : Optional.empty();
                if (text.isEmpty() || !spec.get().type().accepts(text.get())) {
                    problem(entry.value().position(), "Rule " + rule.id() + ": option '" + entry.name()
                            + "' must be " + spec.get().type().label() + ", not '" + entry.value() + "'.");
                    continue;
                }
                values.put(entry.name(), text.get().trim());
            }
            if (!values.isEmpty()) {
                options.put(rule.id(), new RuleOptions(values));
            }
        }

        private void readGlobs(ConfigValue.Entry entry, List<String> globs) {
            ConfigValue value = entry.value();
            List<ConfigValue> items = value.isSequence() ? value.items() : List.of(value);
            for (ConfigValue item : items) {
                Optional<String> glob = item.isScalar() && !item.isTypedNonText()
                        ? item.asLiteralText().filter(s -> !s.isBlank()) : Optional.empty();
                if (glob.isEmpty()) {
                    problem(item.position(), "'" + entry.name() + "' must be a list of glob patterns relative to "
                            + "the project root, e.g. \"**/generated/**\".");
                    continue;
                }
                try {
                    java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob.get());
                    globs.add(glob.get());
                } catch (IllegalArgumentException e) {
                    problem(item.position(), "'" + glob.get() + "' is not a valid glob: " + e.getMessage());
                }
            }
        }

        private Optional<Boolean> bool(ConfigValue value, String what) {
            String text = value.isScalar() ? value.asLiteralText().orElse("").trim().toLowerCase(Locale.ROOT) : "";
            Optional<Boolean> result = switch (text) {
                case "true", "yes", "on" -> Optional.of(Boolean.TRUE);
                case "false", "no", "off" -> Optional.of(Boolean.FALSE);
                default -> Optional.empty();
            };
            if (result.isEmpty()) {
                problem(value.position(), "'" + what + "' must be true or false.");
            }
            return result;
        }

        private Optional<RuleMetadata> findRule(String key) {
            Optional<RuleMetadata> byId = rules.metadata(key.trim().toUpperCase(Locale.ROOT));
            if (byId.isPresent()) {
                return byId;
            }
            return rules.metadata().stream().filter(m -> m.name().equals(key.trim())).findFirst();
        }

        private void problem(SourcePosition position, String message) {
            problems.add(new ConfigurationProblem(path, position, message));
        }

        private ProjectConfiguration result() {
            return new ProjectConfiguration(path, disabled, enabled, severities, options, includes, excludes,
                    includeTests, problems);
        }
    }

    /** The entries of a mapping without those a later entry with the same key overrides (YAML semantics). */
    private static List<ConfigValue.Entry> lastOfEach(List<ConfigValue.Entry> entries) {
        List<ConfigValue.Entry> kept = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.get(i).name();
            if (entries.subList(i + 1, entries.size()).stream().noneMatch(later -> later.name().equals(name))) {
                kept.add(entries.get(i));
            }
        }
        return kept;
    }

    private static String sorted(Set<String> keys) {
        return keys.stream().sorted().collect(Collectors.joining(", "));
    }
}
