package dev.serverlesslint.cli.daemon.client;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes exchanged between {@link LintClient} and the lint server ({@code dev.serverlesslint.cli.daemon.LintServer})
 * over the Unix domain socket.
 *
 * <p>Request: {@code int MAGIC, int length}, then {@code length} bytes: the server identity the client
 * expects, a kind ({@link #LINT} or {@link #STOP}), and for a lint the client's working directory,
 * whether its standard output and error are a terminal, the arguments and every environment variable.
 * Strings are sent as UTF-16 code units, so whatever the JVM made of a file name arrives unchanged.
 *
 * <p>Reply: frames {@code byte kind, int value}: {@link #STDOUT} and {@link #STDERR} with that many bytes
 * following, then {@link #EXIT} with the exit code; or {@link #REFUSED} alone (wrong identity, busy,
 * stopping) after which the command runs the normal way.
 *
 * <p>Written without lambdas or string concatenation: the client's start-up is what a warm server saves,
 * and each of those costs a bootstrap of its own in a fresh JVM.
 */
public final class DaemonProtocol {

    /** "SLD" and the protocol's version; a server of another version refuses. */
    static final int MAGIC = 0x534c4401;
    public static final byte LINT = 1;
    public static final byte STOP = 2;

    public static final byte STDOUT = 1;
    public static final byte STDERR = 2;
    public static final byte EXIT = 3;
    public static final byte REFUSED = 4;

    /** Larger requests are refused: arguments and environment of a real command are a few kilobytes. */
    static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    private DaemonProtocol() {
    }

    /** A request as the server reads it. */
    public static final class Request {
        public final String identity;
        public final byte kind;
        public final String workingDirectory;
        public final boolean terminal;
        public final String[] arguments;
        public final Map<String, String> environment;

        public Request(String identity, byte kind, String workingDirectory, boolean terminal, String[] arguments,
                Map<String, String> environment) {
            this.identity = identity;
            this.kind = kind;
            this.workingDirectory = workingDirectory;
            this.terminal = terminal;
            this.arguments = arguments;
            this.environment = environment;
        }
    }

    /**
     * The request's bytes. Put into a heap buffer rather than through a DataOutputStream: on JDK 21 and later
     * that stream's numbers go through VarHandles, whose set-up is a noticeable part of a fresh client JVM.
     */
    public static byte[] encode(Request request) {
        int length = 4 + 4 + size(request.identity) + 1 + size(request.workingDirectory) + 1 + 4 + 4;
        for (String argument : request.arguments) {
            length += size(argument);
        }
        for (Map.Entry<String, String> variable : request.environment.entrySet()) {
            length += size(variable.getKey()) + size(variable.getValue());
        }
        ByteBuffer bytes = ByteBuffer.allocate(length);
        bytes.putInt(MAGIC).putInt(length - 8);
        putString(bytes, request.identity);
        bytes.put(request.kind);
        putString(bytes, request.workingDirectory);
        bytes.put(request.terminal ? (byte) 1 : (byte) 0);
        bytes.putInt(request.arguments.length);
        for (String argument : request.arguments) {
            putString(bytes, argument);
        }
        bytes.putInt(request.environment.size());
        for (Map.Entry<String, String> variable : request.environment.entrySet()) {
            putString(bytes, variable.getKey());
            putString(bytes, variable.getValue());
        }
        return bytes.array();
    }

    /** Reads one request; an {@link IOException} for anything that is not a whole, well-formed one. */
    public static Request decode(DataInputStream in) throws IOException {
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

    public static void writeFrame(SocketChannel channel, byte kind, byte[] content) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(5 + (content == null ? 0 : content.length));
        frame.put(kind).putInt(content == null ? 0 : content.length);
        if (content != null) {
            frame.put(content);
        }
        writeFully(channel, frame.flip());
    }

    public static void writeExit(SocketChannel channel, byte kind, int code) throws IOException {
        writeFully(channel, ByteBuffer.allocate(5).put(kind).putInt(code).flip());
    }

    public static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static int size(String value) {
        return 4 + 2 * value.length();
    }

    /** As DataOutputStream.writeInt of the length, then writeChars. */
    private static void putString(ByteBuffer bytes, String value) {
        bytes.putInt(value.length());
        for (int i = 0; i < value.length(); i++) {
            bytes.putChar(value.charAt(i));
        }
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
