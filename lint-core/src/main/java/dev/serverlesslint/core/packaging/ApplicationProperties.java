package dev.serverlesslint.core.packaging;

import dev.serverlesslint.core.config.ConfigSyntaxException;
import dev.serverlesslint.core.config.ConfigTrees;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.source.FileDiscovery;

import java.io.IOException;
import java.io.LineNumberReader;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * A Spring Boot module's own settings: {@code application.properties}, {@code application.yml} or
 * {@code application.yaml} in its {@code src/main/resources} (or {@code src/main/resources/config}).
 * Profile-specific files ({@code application-local.properties}) and the other documents of a
 * multi-document YAML file apply only when a profile is active, which the files do not tell, so
 * they are not read. Keys match with Spring Boot's relaxed binding: case, {@code -} and {@code _}
 * are ignored ({@code maximum-pool-size} is {@code maximumPoolSize}).
 *
 * @param path     root-relative path of the file
 * @param settings its scalar settings, with dotted keys ({@code spring.datasource.url})
 */
public record ApplicationProperties(String path, List<Setting> settings) {

    /** The largest file read (a module's settings are a few kilobytes). */
    static final int MAX_BYTES = 1024 * 1024;

    /** One setting: its key as written, its value, and where the key is. */
    public record Setting(String key, String value, SourcePosition position) {
    }

    public ApplicationProperties {
        settings = List.copyOf(settings);
    }

    /** Whether a root-relative path names a module's application properties file. */
    public static boolean isApplicationProperties(String path) {
        return FileDiscovery.isApplicationProperties(path);
    }

    /** The setting of this key (relaxed binding), the last one when a file repeats it, as Spring reads it. */
    public Optional<Setting> get(String key) {
        String wanted = canonical(key);
        Setting found = null;
        for (Setting setting : settings) {
            if (canonical(setting.key()).equals(wanted)) {
                found = setting;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The file's settings; empty when it does not parse (the build would fail on it, not the lint). */
    static ApplicationProperties read(String path, byte[] bytes) {
        String text = new String(bytes, path.endsWith(".properties") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        List<Setting> settings = new ArrayList<>();
        if (path.endsWith(".properties")) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                return new ApplicationProperties(path, List.of());
            }
            List<String> lines = lines(text);
            properties.stringPropertyNames().stream().sorted().forEach(key ->
                    settings.add(new Setting(key, properties.getProperty(key), keyPosition(lines, key))));
        } else {
            try {
                flatten("", ConfigTrees.readYaml(text, MAX_BYTES).root(), settings);
            } catch (ConfigSyntaxException e) {
                return new ApplicationProperties(path, List.of());
            }
        }
        return new ApplicationProperties(path, settings);
    }

    private static void flatten(String prefix, ConfigValue value, List<Setting> settings) {
        if (!value.isMapping()) {
            return;
        }
        for (ConfigValue.Entry entry : value.entries()) {
            String key = prefix + entry.name();
            if (entry.value().isMapping()) {
                flatten(key + ".", entry.value(), settings);
            } else if (entry.value().isScalar()) {
                entry.value().text().ifPresent(text -> settings.add(new Setting(key, text, entry.key().position())));
            }
        }
    }

    /** The last line of a properties file that sets the key ({@code key=}, {@code key:}, {@code key value}). */
    private static SourcePosition keyPosition(List<String> lines, String key) {
        for (int line = lines.size() - 1; line >= 0; line--) {
            String text = lines.get(line);
            String stripped = text.stripLeading();
            if (stripped.startsWith(key)) {
                String rest = stripped.substring(key.length());
                if (rest.isEmpty() || "=: \t".indexOf(rest.charAt(0)) >= 0) {
                    return new SourcePosition(line + 1, text.length() - stripped.length() + 1);
                }
            }
        }
        return SourcePosition.START;
    }

    /** The lines as the JDK's reader counts them (LF, CRLF or a lone CR), as the linter counts lines. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        try (LineNumberReader reader = new LineNumberReader(new StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return lines;
    }

    private static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
