package dev.serverlesslint.core.packaging;

/**
 * A layer a function declares whose content is a local file or directory under the root.
 *
 * @param name          the layer's logical name
 * @param unzippedBytes the size of its files (a zip's entries, or a directory's files)
 */
public record LayerPackage(String name, long unzippedBytes) {
}
