package dev.serverlesslint.core.report;

import dev.serverlesslint.core.engine.InternalError;
import dev.serverlesslint.core.engine.LintResult;
import dev.serverlesslint.core.finding.Finding;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * JUnit XML, which Jenkins, GitLab, Azure DevOps and Bitbucket Pipelines show as test results: one test suite
 * {@code serverless-lint}, one test case per finding (class name: the file, name: rule and position), a
 * {@code <failure>} for each finding at or above the run's severity threshold, the finding in {@code <system-out>}
 * for those below it (they pass), an {@code <error>} test case per failed rule, and a single passing test case
 * when there is nothing to report (CI servers treat a report without test cases as broken). Written with the
 * JDK's StAX writer; characters XML 1.0 cannot hold become U+FFFD.
 */
public final class JunitReporter implements Reporter {

    static final String SUITE = "serverless-lint";

    private final ReportSettings settings;

    public JunitReporter(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        long failures = result.countAtLeast(settings.threshold());
        int errors = result.internalErrors().size();
        int tests = Math.max(1, result.findings().size() + errors);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            counts(xml, tests, failures, errors);
            newline(xml, 1);
            xml.writeStartElement("testsuite");
            counts(xml, tests, failures, errors);
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            newline(xml, 2);
            xml.writeStartElement("properties");
            newline(xml, 3);
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", "severity-threshold");
            xml.writeAttribute("value", settings.threshold().label());
            newline(xml, 2);
            xml.writeEndElement();
            for (Finding finding : result.findings()) {
                writeFinding(xml, finding);
            }
            for (InternalError error : result.internalErrors()) {
                writeInternalError(xml, error);
            }
            if (result.findings().isEmpty() && result.internalErrors().isEmpty()) {
                newline(xml, 2);
                xml.writeEmptyElement("testcase");
                xml.writeAttribute("classname", SUITE);
                xml.writeAttribute("name", "no findings in " + result.filesChecked() + " files");
                xml.writeAttribute("time", "0");
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void counts(XMLStreamWriter xml, int tests, long failures, int errors) throws XMLStreamException {
        xml.writeAttribute("name", SUITE);
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", Integer.toString(errors));
    }

    private void writeFinding(XMLStreamWriter xml, Finding finding) throws XMLStreamException {
        String where = finding.path() + ":" + finding.line() + ":" + finding.column();
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", text(finding.path()));
        xml.writeAttribute("name", text(finding.ruleId() + " " + finding.ruleName() + " at " + where));
        xml.writeAttribute("file", text(finding.path()));
        xml.writeAttribute("line", Integer.toString(finding.line()));
        xml.writeAttribute("time", "0");
        String details = finding.severity().label() + " " + finding.ruleId() + " " + finding.ruleName() + " at "
                + where + "\n" + finding.message()
                + (finding.function() == null ? "" : "\nfunction: " + finding.function())
                + (settings.docsBaseUrl().isEmpty() ? "" : "\n" + settings.ruleDocUrl(finding.ruleId()));
        newline(xml, 3);
        if (finding.severity().isAtLeast(settings.threshold())) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", finding.ruleId());
            xml.writeAttribute("message", oneLine(finding.message()));
        } else {
            xml.writeStartElement("system-out");
        }
        xml.writeCharacters(text(details));
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void writeInternalError(XMLStreamWriter xml, InternalError error) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", text(error.path()));
        xml.writeAttribute("name", text("rule " + error.ruleId() + " failed on " + error.path()));
        xml.writeAttribute("file", text(error.path()));
        xml.writeAttribute("time", "0");
        newline(xml, 3);
        xml.writeStartElement("error");
        xml.writeAttribute("type", "internal-error");
        xml.writeAttribute("message", oneLine(error.message()));
        xml.writeCharacters(text("rule " + error.ruleId() + " failed on " + error.path() + ": " + error.message()));
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** An attribute value on one line: XML parsers turn line breaks in attributes into spaces anyway. */
    private static String oneLine(String value) {
        return text(value).replaceAll("\\s*\\R\\s*", " ");
    }

    /** Text XML 1.0 can hold: other control characters, unpaired surrogates and U+FFFE/U+FFFF become U+FFFD. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || Character.isSurrogate(c)
                    || c == 0xFFFE || c == 0xFFFF) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
