package dev.serverlesslint.core.config;

import dev.serverlesslint.core.finding.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads YAML into {@link ConfigValue} trees. SnakeYAML only composes nodes here, so no tag is ever
 * turned into an object ({@code !!javax.script.ScriptEngineManager} stays an inert tag), and
 * CloudFormation short-form tags such as {@code !Ref} are kept. Aliases, nesting depth, size and
 * the size of the alias-expanded tree are all bounded.
 */
final class YamlTreeReader {

    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 200;
    /** Nodes in the document with aliases expanded: bounds "billion laughs" even under the alias cap. */
    static final long MAX_EXPANDED_NODES = 1_000_000;

    /** The core schema's tags, in full ({@code tag:yaml.org,2002:str}): no tag of a value of ours. */
    private static final Set<String> CORE_TAGS = Set.of(
            "str", "int", "float", "bool", "null", "map", "seq", "timestamp", "binary", "merge",
            "omap", "pairs", "set", "value").stream().map(Tag.PREFIX::concat).collect(Collectors.toUnmodifiableSet());

    private final List<DuplicateKey> duplicateKeys = new ArrayList<>();
    /*
     * Results per node, kept for anchored nodes only: only they can be reached again (through an alias), so
     * every other node is converted and measured once anyway, and most nodes of a template have no anchor.
     */
    private final Map<Node, ConfigValue> converted = new IdentityHashMap<>();
    private final Map<Node, Long> expandedSizes = new IdentityHashMap<>();

    static LoaderOptions loaderOptions(int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(maxCodePoints);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /** Reads every document of the stream; an empty stream gives an empty list. */
    List<ConfigValue> read(String text, int maxCodePoints) throws ConfigSyntaxException {
        LoaderOptions options = loaderOptions(maxCodePoints);
        // What Yaml.composeAll does, without a Yaml: building one sets up a constructor and a representer
        // (and, through them, java.util.logging) that composing never uses: start-up time of every run.
        Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                new Resolver(), options);
        List<ConfigValue> documents = new ArrayList<>();
        try {
            while (composer.checkNode()) {
                Node node = composer.getNode();
                if (node == null) {
                    throw new NoSuchElementException("No Node is available.");
                }
                if (expandedSize(node, 0) > MAX_EXPANDED_NODES) {
                    throw new ConfigSyntaxException("YAML aliases expand to more than "
                            + MAX_EXPANDED_NODES + " nodes", position(node.getStartMark()));
                }
                documents.add(convert(node));
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " " + e.getContext() : "";
            throw new ConfigSyntaxException("YAML syntax error: " + problem + context,
                    mark == null ? SourcePosition.START : position(mark));
        } catch (YAMLException e) {
            throw new ConfigSyntaxException("YAML error: " + firstLine(e.getMessage()), SourcePosition.START);
        }
        return documents;
    }

    List<DuplicateKey> duplicateKeys() {
        return duplicateKeys;
    }

    private long expandedSize(Node node, int depth) throws ConfigSyntaxException {
        boolean anchored = node.getAnchor() != null;
        Long known = anchored ? expandedSizes.get(node) : null;
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH) {
            throw new ConfigSyntaxException("YAML nesting deeper than " + MAX_DEPTH, position(node.getStartMark()));
        }
        long size = 1;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                size += expandedSize(tuple.getKeyNode(), depth + 1) + expandedSize(tuple.getValueNode(), depth + 1);
                if (size > MAX_EXPANDED_NODES) {
                    break;
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                size += expandedSize(item, depth + 1);
                if (size > MAX_EXPANDED_NODES) {
                    break;
                }
            }
        }
        if (anchored) {
            expandedSizes.put(node, size);
        }
        return size;
    }

    private ConfigValue convert(Node node) {
        boolean anchored = node.getAnchor() != null;
        ConfigValue done = anchored ? converted.get(node) : null;
        if (done != null) {
            return done; // an alias: share the converted subtree instead of copying it
        }
        SourcePosition position = position(node.getStartMark());
        String tag = customTag(node.getTag());
        ConfigValue value;
        if (node instanceof ScalarNode scalar) {
            String text = isNull(scalar) ? null : scalar.getValue();
            // the resolved tag tells 5, true and 1.5 from "5": only plain scalars resolve to other core types
            value = tag == null && text != null && !Tag.STR.equals(scalar.getTag())
                    ? ConfigValue.typedScalar(text, null, position)
                    : ConfigValue.scalar(text, tag, position);
        } else if (node instanceof SequenceNode sequence) {
            List<ConfigValue> items = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                items.add(convert(item));
            }
            value = ConfigValue.sequence(items, tag, position);
        } else {
            value = ConfigValue.mapping(convertEntries((MappingNode) node), tag, position);
        }
        if (anchored) {
            converted.put(node, value);
        }
        return value;
    }

    private List<ConfigValue.Entry> convertEntries(MappingNode mapping) {
        List<ConfigValue.Entry> entries = new ArrayList<>();
        Map<String, SourcePosition> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (Tag.MERGE.equals(keyNode.getTag())) {
                mergeInto(entries, tuple.getValueNode());
                continue;
            }
            ConfigValue key = convert(keyNode);
            String name = key.text().orElse(null);
            if (name != null) {
                SourcePosition first = seen.putIfAbsent(name, key.position());
                if (first != null) {
                    duplicateKeys.add(new DuplicateKey(name, key.position(), first));
                }
            }
            entries.add(new ConfigValue.Entry(key, convert(tuple.getValueNode())));
        }
        return entries;
    }

    /** {@code <<: *defaults}: merged entries come first, so explicit keys override them. */
    private void mergeInto(List<ConfigValue.Entry> entries, Node merged) {
        List<Node> sources = merged instanceof SequenceNode sequence ? sequence.getValue() : List.of(merged);
        List<ConfigValue.Entry> inherited = new ArrayList<>();
        for (Node source : sources) {
            if (source instanceof MappingNode) {
                inherited.addAll(convert(source).entries());
            }
        }
        entries.addAll(0, inherited);
    }

    private static boolean isNull(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag());
    }

    private static String customTag(Tag tag) {
        if (tag == Tag.STR || tag == Tag.MAP || tag == Tag.SEQ) {
            return null; // most nodes: the resolver gives these constants
        }
        String value = tag.getValue();
        return CORE_TAGS.contains(value) ? null : value;
    }

    private static SourcePosition position(Mark mark) {
        return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
