package dev.serverlesslint.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line parser: option forms, repeatable options, positional parameters, usage errors, help. */
class ParsedArgumentsTest {

    private static ParsedArguments parse(String... args) {
        return ParsedArguments.parse(args, ServerlessLintCommand.OPTIONS);
    }

    @Test
    void valuesAreTakenWithASpaceOrAnEqualsSign() {
        ParsedArguments arguments = parse("--format", "json", "--output=out.json", "src", "--no-cache", "template.yaml");
        assertEquals("json", arguments.value("--format"));
        assertEquals("out.json", arguments.value("--output"));
        assertTrue(arguments.has("--no-cache"));
        assertFalse(arguments.has("--debug"));
        assertEquals(List.of("src", "template.yaml"), arguments.positionals());
    }

    @Test
    void repeatableOptionsKeepEveryValueInOrderAndAnEmptyValueIsAValue() {
        ParsedArguments arguments = parse("--rule", "SL201,SL103", "--rule=SL205", "--docs-base-url=");
        assertEquals(List.of("SL201,SL103", "SL205"), arguments.all("--rule"));
        assertEquals("", arguments.value("--docs-base-url"));
    }

    @Test
    void everythingAfterDoubleDashIsAPath() {
        ParsedArguments arguments = parse("--debug", "--", "--format", "-");
        assertEquals(List.of("--format", "-"), arguments.positionals());
        assertTrue(arguments.has("--debug"));
    }

    @Test
    void shortNamesOfHelpAndVersion() {
        assertTrue(parse("-h").has("--help"));
        assertTrue(parse("-V").has("--version"));
    }

    @Test
    void mistakesAreUsageErrors() {
        assertEquals("Missing value for option '--format' (FORMAT)",
                assertThrows(UsageException.class, () -> parse("--format")).getMessage());
        assertEquals("Option '--format' should be given only once",
                assertThrows(UsageException.class, () -> parse("--format", "json", "--format", "text")).getMessage());
        assertEquals("Option '--debug' takes no value (got '--debug=yes')",
                assertThrows(UsageException.class, () -> parse("--debug=yes")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> parse("--cache")).getMessage()
                .startsWith("Unknown option: '--cache'"));
        assertTrue(assertThrows(UsageException.class, () -> parse("--root-dir", "x")).getMessage()
                .endsWith("Possible solutions: --root"));
    }

    @Test
    void helpListsEveryOptionOnceWithinEightyColumns() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, ServerlessLintCommand.execute(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err)));
        String help = out.toString();
        assertTrue(help.startsWith("Usage: serverless-lint [OPTION...] [PATH...]"), help);
        for (CommandLineOption option : ServerlessLintCommand.OPTIONS) {
            assertTrue(help.contains(option.synopsis()), option.name());
        }
        help.lines().forEach(line -> assertTrue(line.length() <= 80, line));
        assertTrue(help.contains("2   usage, configuration or internal error"), help);
    }
}
