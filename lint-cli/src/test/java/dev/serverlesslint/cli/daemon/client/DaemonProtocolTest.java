package dev.serverlesslint.cli.daemon.client;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DaemonProtocolTest {

    private static final String[] ARGUMENTS = {"--format", "json", "caf\u00e9/\ud83d\ude00 file.java", ""};

    private static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("HOME", "/home/a");
        environment.put("EMPTY", "");
        environment.put("LANG", "de_DE.UTF-8");
        return environment;
    }

    @Test
    void aRequestReadsBackAsItWasSent() throws IOException {
        byte[] bytes = DaemonProtocol.encode(new DaemonProtocol.Request("identity\nline 2", DaemonProtocol.LINT,
                "/work/dir", true, ARGUMENTS, environment()));
        DaemonProtocol.Request read = DaemonProtocol.decode(new DataInputStream(new ByteArrayInputStream(bytes)));
        assertEquals("identity\nline 2", read.identity);
        assertEquals(DaemonProtocol.LINT, read.kind);
        assertEquals("/work/dir", read.workingDirectory);
        assertEquals(true, read.terminal);
        assertArrayEquals(ARGUMENTS, read.arguments);
        assertEquals(environment(), read.environment);
    }

    /** The bytes are the documented layout: big-endian ints, strings as their length and UTF-16 code units. */
    @Test
    void theBytesAreTheDocumentedLayout() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(expected);
        data.writeInt(DaemonProtocol.MAGIC);
        data.writeInt(4 + 2 * 2 + 1 + 4 + 2 * 2 + 1 + 4 + 4 + 2 * 3 + 4 + 4 + 2 + 4 + 2);
        data.writeInt(2);
        data.writeChars("id");
        data.writeByte(DaemonProtocol.STOP);
        data.writeInt(2);
        data.writeChars("/w");
        data.writeBoolean(false);
        data.writeInt(1);
        data.writeInt(3);
        data.writeChars("-\u00e9x");
        data.writeInt(1);
        data.writeInt(1);
        data.writeChars("A");
        data.writeInt(1);
        data.writeChars("b");
        assertArrayEquals(expected.toByteArray(), DaemonProtocol.encode(new DaemonProtocol.Request("id",
                DaemonProtocol.STOP, "/w", false, new String[] {"-\u00e9x"}, Map.of("A", "b"))));
    }
}
