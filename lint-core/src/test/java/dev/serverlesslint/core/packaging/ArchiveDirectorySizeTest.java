package dev.serverlesslint.core.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An artifact whose zip directory claims 1.5 GB is refused before anything allocates it. */
class ArchiveDirectorySizeTest {

    @TempDir
    Path dir;

    @Test
    void aCentralDirectoryClaimingGigabytesIsRefusedUnread() throws IOException {
        Path archive = dir.resolve("function.zip");
        long claimed = 1_500_000_000L;
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) 1).putShort((short) 1)
                .putInt((int) claimed).putInt(0).putShort((short) 0);
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            file.setLength(claimed + 1024); // sparse: the claim fits in the file, as ZipFile checks
            file.seek(claimed + 1024 - 22);
            file.write(end.array());
        }

        IOException refused = assertThrows(IOException.class, () -> new ArchiveMeter().measure(archive, List.of()));

        assertEquals("its central directory claims 1500000000 bytes, over the 128 MB read; it was not measured",
                refused.getMessage());
    }
}
