package dev.serverlesslint.core.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's text, decoded as UTF-8 or in the charset given. A leading UTF-8 byte-order mark is dropped
 * so that columns on the first line are right; bytes that do not decode become U+FFFD and are noted,
 * not fatal. Which charset a project file is in is decided by {@link SourceEncoding}.
 */
public record SourceText(String content, boolean hadMalformedBytes) {

    public static SourceText decode(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8);
    }

    public static SourceText decode(byte[] bytes, Charset charset) {
        int offset = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
        // The lenient decoder is much faster; only text holding U+FFFD needs the strict check of
        // whether it was malformed or is a real replacement character.
        String lenient = new String(bytes, offset, bytes.length - offset, charset);
        if (lenient.indexOf('\uFFFD') < 0) {
            return new SourceText(lenient, false);
        }
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new SourceText(lenient, false);
        } catch (CharacterCodingException e) {
            return new SourceText(lenient, true);
        }
    }

    /** Whether the text contains NUL characters, as binary files named like sources do. */
    public boolean looksBinary() {
        return content.indexOf('\0') >= 0;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }
}
