package dev.serverlesslint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The {@code --help} text: synopsis, description, one wrapped entry per option, exit codes. */
final class UsageHelp {

    static final String SYNOPSIS = "Usage: serverless-lint [OPTION...] [PATH...]";

    private static final int WIDTH = 80;
    private static final int DESCRIPTION_COLUMN = 29;

    private UsageHelp() {
    }

    static void print(PrintWriter out, String description, String pathsHelp, List<CommandLineOption> options,
                      List<String> exitCodes) {
        out.println(SYNOPSIS);
        wrap(description, 0, 0).forEach(out::println);
        entry(out, "    [PATH...]", pathsHelp);
        for (CommandLineOption option : options) {
            entry(out, option.synopsis(), option.description());
        }
        out.println();
        out.println("Exit codes:");
        exitCodes.forEach(line -> out.println("  " + line));
    }

    private static void entry(PrintWriter out, String synopsis, String description) {
        String left = "  " + synopsis;
        List<String> lines = wrap(description, DESCRIPTION_COLUMN, DESCRIPTION_COLUMN + 2);
        if (left.length() + 2 > DESCRIPTION_COLUMN) {
            out.println(left);
        } else {
            String first = lines.remove(0);
            out.println(left + first.substring(left.length()));
        }
        lines.forEach(out::println);
    }

    /** Words of {@code text} in lines of at most {@link #WIDTH} characters, indented as given. */
    private static List<String> wrap(String text, int firstIndent, int nextIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ".repeat(firstIndent));
        int indent = firstIndent;
        for (String word : text.split(" ")) {
            if (line.length() > indent && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                indent = nextIndent;
                line = new StringBuilder(" ".repeat(indent));
            }
            if (line.length() > indent) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
