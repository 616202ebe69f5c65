package dev.serverlesslint.core.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportEscapingTest {

    @Test
    void workflowCommandDataEscapesPercentAndLineBreaks() {
        assertEquals("100%25 done%0D%0Anext: a, b", WorkflowCommand.escapeData("100% done\r\nnext: a, b"));
    }

    @Test
    void workflowCommandPropertiesAlsoEscapeColonAndComma() {
        assertEquals("C%3A/dir%2Cx/a%25b%0Ac.yml", WorkflowCommand.escapeProperty("C:/dir,x/a%b\nc.yml"));
    }

    @Test
    void xmlAttributesEscapeMarkupQuotesLineBreaksAndForbiddenCharacters() {
        assertEquals("a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;&#10;f&#13;&#9;g\uFFFDh\uD83D\uDE80\uFFFD",
                XmlText.attribute("a&b<c>\"d\"'e'\nf\r\tg\u0001h\uD83D\uDE80\uD83D"));
    }

    @Test
    void markdownCellsCannotBreakTheTableOrInjectHtml() {
        assertEquals("a\\|b<br>c &lt;script&gt; \\*x\\* \\_y\\_ \\`z\\` \\[l\\](u)",
                MarkdownSummaryReporter.cell("a|b\r\nc <script> *x* _y_ `z` [l](u)"));
        // ESC, a C1 control and a line separator are shown as escapes (the backslash escaped for Markdown)
        assertEquals("\\\\u001b\\[31mred \\\\u009b x\\\\u2028y",
                MarkdownSummaryReporter.cell("\u001b[31mred \u009b x\u2028y"));
    }

    @Test
    void rdjsonColumnsCountUtf8Bytes() {
        assertEquals(1, RdjsonReporter.utf8Column("abc", 1));
        assertEquals(3, RdjsonReporter.utf8Column("abc", 3));
        // 'a' 1 byte, U+10400 (two UTF-16 units) 4 bytes: 'b' is UTF-16 column 4, UTF-8 column 6
        assertEquals(6, RdjsonReporter.utf8Column("a\uD801\uDC00b", 4));
        assertEquals(5, RdjsonReporter.utf8Column("\u00e9\u00e9x", 3));
        // past the end of the line (an insertion at end of line): extra columns count one each
        assertEquals(6, RdjsonReporter.utf8Column("\u00e9x", 5));
    }

    @Test
    void caretPaddingKeepsTabsAndCountsASurrogatePairOnce() {
        assertEquals("\t\t  ", TextReporter.caretPadding("\t\tab=1", 5));
        assertEquals("  ", TextReporter.caretPadding("\uD83D\uDE80xy", 4));
        assertEquals("    ", TextReporter.caretPadding("ab", 5));
    }

    @Test
    void sarifSentencesAndRuleNames() {
        assertEquals("Do this.", SarifReporter.sentence("Do this"));
        assertEquals("Done!", SarifReporter.sentence("Done!"));
        assertEquals("HandlerScopedClient", SarifReporter.pascalCase("handler-scoped-client"));
        assertEquals("a%20b/%C3%A9.yml", SarifReporter.uriOf("a b/\u00e9.yml"));
    }
}
