package dev.serverlesslint.core.rule;

import dev.serverlesslint.core.finding.Severity;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.WeakHashMap;

/**
 * The rules' metadata as the build read it from their {@link RuleDefinition} annotations, stored in
 * {@value #RESOURCE} next to the rule classes (rules/pom.xml, {@code process-classes}). Reading ~45
 * annotations through reflection at start-up (the annotation parser and its proxy classes, cold) took
 * about a tenth of a pre-commit run; this file is read in one go. The annotations stay the only source:
 * a class the index does not name is read from its annotation, and a rules test checks that the index
 * equals the annotations.
 */
public final class RuleMetadataIndex {

    public static final String RESOURCE = "META-INF/serverless-lint/rule-metadata.bin";
    private static final int FORMAT = 1;

    /** The index entries visible to each class loader (rule class name -> metadata), read once. */
    private static final Map<ClassLoader, Map<String, RuleMetadata>> BY_LOADER = new WeakHashMap<>();

    private RuleMetadataIndex() {
    }

    /** The indexed metadata of a rule class, or null when no index on its class path names it. */
    public static RuleMetadata find(Class<?> ruleClass) {
        ClassLoader loader = ruleClass.getClassLoader();
        if (loader == null) {
            return null;
        }
        Map<String, RuleMetadata> index;
        synchronized (BY_LOADER) {
            index = BY_LOADER.computeIfAbsent(loader, RuleMetadataIndex::load);
        }
        return index.get(ruleClass.getName());
    }

    private static Map<String, RuleMetadata> load(ClassLoader loader) {
        Map<String, RuleMetadata> index = new HashMap<>();
        try {
            Enumeration<URL> resources = loader.getResources(RESOURCE);
            while (resources.hasMoreElements()) {
                try (InputStream in = resources.nextElement().openStream()) {
                    read(in).forEach(index::putIfAbsent);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable or from another version: the annotations answer
        }
        return Collections.unmodifiableMap(index);
    }

    /** Writes the metadata of each rule class, by class name. */
    public static void write(SortedMap<String, RuleMetadata> byClassName, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(byClassName.size());
        for (Map.Entry<String, RuleMetadata> entry : byClassName.entrySet()) {
            RuleMetadata meta = entry.getValue();
            data.writeUTF(entry.getKey());
            data.writeUTF(meta.id());
            data.writeUTF(meta.name());
            data.writeUTF(meta.defaultSeverity().name());
            data.writeUTF(meta.summary());
            data.writeUTF(meta.description());
            data.writeUTF(meta.remediation());
            data.writeUTF(meta.category().name());
            data.writeUTF(meta.precision().name());
            data.writeUTF(meta.securitySeverity());
            data.writeInt(meta.options().size());
            for (RuleMetadata.OptionSpec option : meta.options()) {
                data.writeUTF(option.name());
                data.writeUTF(option.type().name());
                data.writeUTF(option.defaultValue());
                data.writeUTF(option.description());
            }
        }
        data.flush();
    }

    /** Reads what {@link #write} wrote. */
    public static Map<String, RuleMetadata> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        if (data.readInt() != FORMAT) {
            throw new IOException("not a rule metadata index of format " + FORMAT);
        }
        int count = data.readInt();
        Map<String, RuleMetadata> byClassName = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String className = data.readUTF();
            String id = data.readUTF();
            String name = data.readUTF();
            Severity severity = Severity.valueOf(data.readUTF());
            String summary = data.readUTF();
            String description = data.readUTF();
            String remediation = data.readUTF();
            RuleCategory category = RuleCategory.valueOf(data.readUTF());
            RulePrecision precision = RulePrecision.valueOf(data.readUTF());
            String securitySeverity = data.readUTF();
            int optionCount = data.readInt();
            List<RuleMetadata.OptionSpec> options = new ArrayList<>(optionCount);
            for (int o = 0; o < optionCount; o++) {
                options.add(new RuleMetadata.OptionSpec(data.readUTF(), RuleOptionType.valueOf(data.readUTF()),
                        data.readUTF(), data.readUTF()));
            }
            byClassName.put(className, new RuleMetadata(id, name, severity, summary, description, remediation,
                    options, category, precision, securitySeverity));
        }
        return byClassName;
    }
}
