package dev.serverlesslint.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.serverlesslint.core.finding.SourcePosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads strict JSON (as CloudFormation accepts it: no comments, no trailing commas) into
 * {@link ConfigValue} trees with positions, noting duplicate keys instead of failing on them.
 */
final class JsonTreeReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(YamlTreeReader.MAX_DEPTH)
                    .build())
            .build();

    private final List<DuplicateKey> duplicateKeys = new ArrayList<>();

    ConfigValue read(String text) throws ConfigSyntaxException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return ConfigValue.MISSING;
            }
            ConfigValue value = readValue(parser);
            if (parser.nextToken() != null) {
                throw new ConfigSyntaxException("JSON syntax error: content after the top-level value",
                        position(parser.currentTokenLocation()));
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new ConfigSyntaxException("JSON syntax error: " + e.getOriginalMessage(),
                    location == null ? SourcePosition.START : position(location));
        } catch (IOException e) {
            throw new ConfigSyntaxException("JSON error: " + e.getMessage(), SourcePosition.START);
        }
    }

    List<DuplicateKey> duplicateKeys() {
        return duplicateKeys;
    }

    private ConfigValue readValue(JsonParser parser) throws IOException {
        SourcePosition position = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<ConfigValue.Entry> entries = new ArrayList<>();
                Map<String, SourcePosition> seen = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    SourcePosition keyPosition = position(parser.currentTokenLocation());
                    SourcePosition first = seen.putIfAbsent(name, keyPosition);
                    if (first != null) {
                        duplicateKeys.add(new DuplicateKey(name, keyPosition, first));
                    }
                    parser.nextToken();
                    ConfigValue key = ConfigValue.scalar(name, null, keyPosition);
                    entries.add(new ConfigValue.Entry(key, readValue(parser)));
                }
                return ConfigValue.mapping(entries, null, position);
            }
            case START_ARRAY -> {
                List<ConfigValue> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser));
                }
                return ConfigValue.sequence(items, null, position);
            }
            case VALUE_NULL -> {
                return ConfigValue.scalar(null, null, position);
            }
            default -> {
                return ConfigValue.scalar(parser.getText(), null, position);
            }
        }
    }

    private static SourcePosition position(JsonLocation location) {
        return new SourcePosition(location.getLineNr(), location.getColumnNr());
    }
}
