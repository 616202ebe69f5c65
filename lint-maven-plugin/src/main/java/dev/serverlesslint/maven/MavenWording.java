package dev.serverlesslint.maven;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages shared with the command line name its options; in a Maven build the user sets the goal's
 * parameters instead, so the log says those ({@code --write-baseline} becomes {@code writeBaseline}).
 * Report files keep the shared text, so they stay byte-identical to the command line's.
 */
final class MavenWording {

    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("--config", "configFile"),
            Map.entry("--baseline", "baseline"),
            Map.entry("--write-baseline", "writeBaseline"),
            Map.entry("--list-rules", "mvn serverless-lint:list-rules"),
            Map.entry("--rule", "rules"),
            Map.entry("--disable", "disable"),
            Map.entry("--include", "includes"),
            Map.entry("--exclude", "excludes"),
            Map.entry("--include-tests", "includeTests"),
            Map.entry("--encoding", "encoding"),
            Map.entry("--severity-threshold", "severityThreshold"),
            Map.entry("--artifact", "artifact"),
            Map.entry("--threads", "threads"));

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*[a-z](?![\\w-])");

    private MavenWording() {
    }

    static String of(String message) {
        Matcher matcher = OPTION.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    PARAMETERS.getOrDefault(matcher.group(), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
