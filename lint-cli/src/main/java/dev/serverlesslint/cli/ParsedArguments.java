package dev.serverlesslint.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of one invocation, split by Apache Commons CLI into options and positional
 * parameters. Options are accepted as {@code --name VALUE} and {@code --name=VALUE}; everything
 * after {@code --} is positional.
 *
 * <p>Commons CLI rather than picocli: start-up time is most of a pre-commit run, and picocli,
 * compiled for Java 5, cost about 0.15 s per run, since class-data sharing cannot archive classes
 * of that age (docs/performance.md). Commons CLI is Java 8 bytecode and small.
 */
final class ParsedArguments {

    private final CommandLine commandLine;

    private ParsedArguments(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    /** Splits {@code args} by the given options; an unknown option or a missing value is a {@link UsageException}. */
    static ParsedArguments parse(String[] args, List<CommandLineOption> options) {
        Options known = new Options();
        for (CommandLineOption option : options) {
            known.addOption(Option.builder(option.shortName() == null ? null : option.shortName().substring(1))
                    .longOpt(option.name().substring(2))
                    .hasArg(option.takesValue())
                    .argName(option.valueLabel())
                    .build());
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            int equals = arg.indexOf('=');
            CommandLineOption flag = equals < 0 ? null : options.stream()
                    .filter(o -> !o.takesValue() && o.name().equals(arg.substring(0, equals))).findFirst().orElse(null);
            if (flag != null) {
                throw new UsageException("Option '" + flag.name() + "' takes no value (got '" + arg + "')");
            }
        }
        CommandLine commandLine;
        try {
            commandLine = DefaultParser.builder().setAllowPartialMatching(false).build().parse(known, args);
        } catch (UnrecognizedOptionException e) {
            throw new UsageException("Unknown option: '" + e.getOption() + "'" + suggestions(e.getOption(), options));
        } catch (MissingArgumentException e) {
            throw new UsageException("Missing value for option '--" + e.getOption().getLongOpt() + "' ("
                    + e.getOption().getArgName() + ")");
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
        for (CommandLineOption option : options) {
            String[] given = commandLine.getOptionValues(option.name().substring(2));
            if (option.takesValue() && !option.repeatable() && given != null && given.length > 1) {
                throw new UsageException("Option '" + option.name() + "' should be given only once");
            }
        }
        return new ParsedArguments(commandLine);
    }

    /** Options that share the first word of a mistyped one ({@code --no-such} suggests {@code --no-cache}). */
    private static String suggestions(String name, List<CommandLineOption> options) {
        if (!name.startsWith("--")) {
            return "";
        }
        String word = name.substring(2).split("[-=]", 2)[0];
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
        return commandLine.hasOption(name.substring(2));
    }

    /** The value of a single-valued option, or {@code null} when it was not given. */
    String value(String name) {
        return commandLine.getOptionValue(name.substring(2));
    }

    /** Every value of a repeatable option, in order (empty when not given). */
    List<String> all(String name) {
        String[] given = commandLine.getOptionValues(name.substring(2));
        return given == null ? List.of() : List.of(given);
    }

    List<String> positionals() {
        return commandLine.getArgList();
    }
}
