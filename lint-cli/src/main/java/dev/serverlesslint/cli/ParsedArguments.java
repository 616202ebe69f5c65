package dev.serverlesslint.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one invocation, split into options and positional parameters. Options are accepted as
 * {@code --name VALUE} and {@code --name=VALUE}; everything after {@code --} is positional.
 *
 * <p>A small parser of its own rather than a library: start-up time is most of a pre-commit run, and the
 * command line library that was used here (picocli, compiled for Java 5) cost about 0.15 s per run, since
 * class-data sharing cannot archive classes of that age (docs/performance.md).
 */
final class ParsedArguments {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private ParsedArguments() {
    }

    /** Splits {@code args} by the given options; an unknown option or a missing value is a {@link UsageException}. */
    static ParsedArguments parse(String[] args, List<CommandLineOption> options) {
        ParsedArguments parsed = new ParsedArguments();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (onlyPositionals || !arg.startsWith("-") || arg.equals("-")) {
                parsed.positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            CommandLineOption option = find(options, name);
            if (option == null) {
                throw new UsageException("Unknown option: '" + arg + "'" + suggestions(name, options));
            }
            String value;
            if (!option.takesValue()) {
                if (equals > 0) {
                    throw new UsageException("Option '" + option.name() + "' takes no value (got '" + arg + "')");
                }
                value = "true";
            } else if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("Missing value for option '" + option.name() + "' (" + option.valueLabel() + ")");
            }
            List<String> given = parsed.values.computeIfAbsent(option.name(), key -> new ArrayList<>());
            if (!given.isEmpty() && !option.repeatable() && option.takesValue()) {
                throw new UsageException("Option '" + option.name() + "' should be given only once");
            }
            given.add(value);
        }
        return parsed;
    }

    private static CommandLineOption find(List<CommandLineOption> options, String name) {
        for (CommandLineOption option : options) {
            if (option.name().equals(name) || name.equals(option.shortName())) {
                return option;
            }
        }
        return null;
    }

    /** Options that share the first word of a mistyped one ({@code --no-such} suggests {@code --no-cache}). */
    private static String suggestions(String name, List<CommandLineOption> options) {
        if (!name.startsWith("--")) {
            return "";
        }
        String word = name.substring(2).split("-", 2)[0];
        if (word.length() < 2) {
            return "";
        }
        List<String> similar = new ArrayList<>();
        for (CommandLineOption option : options) {
            if (option.name().substring(2).startsWith(word)) {
                similar.add(option.name());
            }
        }
        return similar.isEmpty() ? "" : System.lineSeparator() + "Possible solutions: " + String.join(", ", similar);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value of a single-valued option, or {@code null} when it was not given. */
    String value(String name) {
        List<String> given = values.get(name);
        return given == null ? null : given.get(0);
    }

    /** Every value of a repeatable option, in order (empty when not given). */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    List<String> positionals() {
        return positionals;
    }
}
