package dev.serverlesslint.core.location;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigFormat;
import dev.serverlesslint.core.config.ConfigValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The regions of a configuration file: each top-level section, each serverless.yml function and
 * each CloudFormation resource. An entry runs from its key to the line before the next entry's key
 * (or the end of its parent), without trailing blank and comment-only lines; this holds for block
 * YAML and for JSON alike.
 */
public final class ConfigRegions {

    private ConfigRegions() {
    }

    public static FileRegions of(ConfigDocument document, SourceLines lines) {
        List<CodeRegion> regions = new ArrayList<>();
        ConfigValue root = document.root();
        List<ConfigValue.Entry> sections = root.entries();
        for (int i = 0; i < sections.size(); i++) {
            ConfigValue.Entry section = sections.get(i);
            int last = lastLine(sections, i, lines.count(), lines);
            regions.add(new CodeRegion(CodeRegion.Kind.SECTION, section.name(), null,
                    section.key().position().line(), last));
            if (document.format() == ConfigFormat.SERVERLESS && section.name().equals("functions")) {
                addChildren(regions, section.value(), last, lines, CodeRegion.Kind.FUNCTION, "functions.");
            } else if (section.name().equals("Resources")) {
                addChildren(regions, section.value(), last, lines, CodeRegion.Kind.RESOURCE, "Resources.");
            } else if (document.format() == ConfigFormat.SERVERLESS && section.name().equals("resources")) {
                section.value().entry("Resources").ifPresent(resources -> {
                    List<ConfigValue.Entry> children = section.value().entries();
                    int index = children.indexOf(resources);
                    addChildren(regions, resources.value(), lastLine(children, index, last, lines),
                            lines, CodeRegion.Kind.RESOURCE, "resources.Resources.");
                });
            }
        }
        return new FileRegions(regions);
    }

    private static void addChildren(List<CodeRegion> regions, ConfigValue mapping, int parentLast, SourceLines lines,
                                    CodeRegion.Kind kind, String prefix) {
        List<ConfigValue.Entry> entries = mapping.entries();
        for (int i = 0; i < entries.size(); i++) {
            ConfigValue.Entry entry = entries.get(i);
            regions.add(new CodeRegion(kind, prefix + entry.name(), entry.name(), entry.key().position().line(),
                    lastLine(entries, i, parentLast, lines)));
        }
    }

    private static int lastLine(List<ConfigValue.Entry> entries, int index, int parentLast, SourceLines lines) {
        int first = entries.get(index).key().position().line();
        int last = parentLast;
        for (int next = index + 1; next < entries.size(); next++) {
            int nextLine = entries.get(next).key().position().line();
            if (nextLine > first) {
                last = nextLine - 1;
                break;
            }
        }
        while (last > first && isBlankOrComment(lines.line(last))) {
            last--;
        }
        return Math.max(first, last);
    }

    private static boolean isBlankOrComment(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() || trimmed.startsWith("#");
    }
}
