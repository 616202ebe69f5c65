package dev.serverlesslint.core.packaging;

import dev.serverlesslint.core.finding.SourcePosition;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads the dependencies of a {@code pom.xml} with the JDK's StAX parser: no DTDs, no external
 * entities, no network, no parent resolution. A file that is not well-formed XML yields nothing
 * (it is Maven's job to report it).
 */
public final class PomReader {

    private static final String DEPENDENCY_PATH = "project/dependencies/dependency";

    private PomReader() {
    }

    public static Optional<PomFile> read(String path, byte[] content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        List<ProjectDependency> dependencies = new ArrayList<>();
        String artifactId = null;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                Deque<String> elements = new ArrayDeque<>();
                DependencyBuilder current = null;
                StringBuilder text = new StringBuilder();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        elements.addLast(xml.getLocalName());
                        text.setLength(0);
                        if (current == null && DEPENDENCY_PATH.equals(String.join("/", elements))) {
                            current = new DependencyBuilder(new SourcePosition(xml.getLocation().getLineNumber(), 1));
                        } else if (current != null && elements.size() == 4 && "artifactId".equals(xml.getLocalName())) {
                            current.position = new SourcePosition(xml.getLocation().getLineNumber(), 1);
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        text.append(xml.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String joined = String.join("/", elements);
                        if (joined.equals("project/artifactId")) {
                            artifactId = text.toString().trim();
                        }
                        if (current != null && joined.startsWith(DEPENDENCY_PATH + "/")
                                && elements.size() == 4) {
                            current.set(xml.getLocalName(), text.toString().trim());
                        } else if (current != null && joined.equals(DEPENDENCY_PATH)) {
                            current.build(path).ifPresent(dependencies::add);
                            current = null;
                        }
                        elements.removeLast();
                        text.setLength(0);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new PomFile(path, artifactId, dependencies));
    }

    private static final class DependencyBuilder {
        private SourcePosition position;
        private String groupId;
        private String artifactId;
        private String version;
        private String scope;

        DependencyBuilder(SourcePosition position) {
            this.position = position;
        }

        void set(String element, String value) {
            switch (element) {
                case "groupId" -> groupId = value;
                case "artifactId" -> artifactId = value;
                case "version" -> version = value;
                case "scope" -> scope = value;
                default -> {
                }
            }
        }

        Optional<ProjectDependency> build(String path) {
            if (groupId == null || artifactId == null || groupId.isEmpty() || artifactId.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ProjectDependency(groupId, artifactId, version,
                    scope == null || scope.isEmpty() ? "compile" : scope, path, position, true, null));
        }
    }
}
