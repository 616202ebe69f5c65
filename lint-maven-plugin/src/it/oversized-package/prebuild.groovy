// Writes target/orders.zip: lib/aws-java-sdk-bundle (12 MB of incompressible bytes, stored) and a
// small handler class, as a Maven assembly of a function that ships the whole SDK would.
import java.util.zip.CRC32
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def target = new File(basedir, 'target')
target.mkdirs()
def random = new Random(42)
new ZipOutputStream(new FileOutputStream(new File(target, 'orders.zip'))).withCloseable { zip ->
    [['lib/aws-java-sdk-bundle-1.12.700.jar', 12 * 1024 * 1024],
     ['com/example/orders/GetOrderHandler.class', 256 * 1024]].each { name, size ->
        byte[] data = new byte[size]
        random.nextBytes(data)
        def crc = new CRC32()
        crc.update(data)
        def entry = new ZipEntry(name)
        entry.method = ZipEntry.STORED
        entry.size = size
        entry.compressedSize = size
        entry.crc = crc.value
        zip.putNextEntry(entry)
        zip.write(data)
        zip.closeEntry()
    }
}
return true
