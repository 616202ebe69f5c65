package dev.serverlesslint.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes exchanged between {@link LintClient} and {@link LintServer} over the Unix domain socket.
 *
 * <p>Request: {@code int MAGIC, int length}, then {@code length} bytes: the server identity the client
 * expects, a kind ({@link #LINT} or {@link #STOP}), and for a lint the client's working directory,
 * whether its standard output and error are a terminal, the arguments and every environment variable.
 * Strings are sent as UTF-16 code units, so whatever the JVM made of a file name arrives unchanged.
 *
 * <p>Reply: frames {@code byte kind, int value}: {@link #STDOUT} and {@link #STDERR} with that many bytes
 * following, then {@link #EXIT} with the exit code; or {@link #REFUSED} alone (wrong identity, busy,
 * stopping) after which the client lints in its own JVM.
 *
 * <p>Written without lambdas or string concatenation: the client's start-up is what a warm server saves,
 * and each of those costs a bootstrap of its own in a fresh JVM.
 */
final class DaemonProtocol {

    /** "SLD" and the protocol's version; a server of another version refuses. */
    static final int MAGIC = 0x534c4401;
    static final byte LINT = 1;
    static final byte STOP = 2;

    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;

    /** Larger requests are refused: arguments and environment of a real command are a few kilobytes. */
    static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    private DaemonProtocol() {
    }

    /** A request as the server reads it. */
    static final class Request {
        final String identity;
        final byte kind;
        final String workingDirectory;
        final boolean terminal;
        final String[] arguments;
        final Map<String, String> environment;

        Request(String identity, byte kind, String workingDirectory, boolean terminal, String[] arguments,
                Map<String, String> environment) {
            this.identity = identity;
            this.kind = kind;
            this.workingDirectory = workingDirectory;
            this.terminal = terminal;
            this.arguments = arguments;
            this.environment = environment;
        }
    }

    static byte[] encode(Request request) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(MAGIC);
        data.writeInt(0); // length, filled in below
        writeString(data, request.identity);
        data.writeByte(request.kind);
        writeString(data, request.workingDirectory);
        data.writeBoolean(request.terminal);
        data.writeInt(request.arguments.length);
        for (String argument : request.arguments) {
            writeString(data, argument);
        }
        data.writeInt(request.environment.size());
        for (Map.Entry<String, String> variable : request.environment.entrySet()) {
            writeString(data, variable.getKey());
            writeString(data, variable.getValue());
        }
        data.flush();
        ByteBuffer framed = ByteBuffer.wrap(bytes.toByteArray());
        framed.putInt(4, framed.capacity() - 8);
        return framed.array();
    }

    /** Reads one request; an {@link IOException} for anything that is not a whole, well-formed one. */
    static Request decode(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a serverless-lint request of this version");
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_REQUEST_BYTES) {
            throw new IOException("request too large");
        }
        byte[] payload = in.readNBytes(length);
        if (payload.length != length) {
            throw new EOFException("request cut short");
        }
        DataInputStream data = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        String identity = readString(data);
        byte kind = data.readByte();
        String workingDirectory = readString(data);
        boolean terminal = data.readBoolean();
        int count = count(data);
        String[] arguments = new String[count];
        for (int i = 0; i < count; i++) {
            arguments[i] = readString(data);
        }
        int variables = count(data);
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < variables; i++) {
            environment.put(readString(data), readString(data));
        }
        return new Request(identity, kind, workingDirectory, terminal, arguments, environment);
    }

    static void writeFrame(SocketChannel channel, byte kind, byte[] content) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(5 + (content == null ? 0 : content.length));
        frame.put(kind).putInt(content == null ? 0 : content.length);
        if (content != null) {
            frame.put(content);
        }
        writeFully(channel, frame.flip());
    }

    static void writeExit(SocketChannel channel, byte kind, int code) throws IOException {
        writeFully(channel, ByteBuffer.allocate(5).put(kind).putInt(code).flip());
    }

    static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static void writeString(DataOutputStream data, String value) throws IOException {
        data.writeInt(value.length());
        data.writeChars(value);
    }

    private static String readString(DataInputStream data) throws IOException {
        int length = count(data);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = data.readChar();
        }
        return new String(chars);
    }

    private static int count(DataInputStream data) throws IOException {
        int count = data.readInt();
        if (count < 0 || count > MAX_REQUEST_BYTES / 2) {
            throw new IOException("malformed request");
        }
        return count;
    }
}
