package dev.serverlesslint.core.packaging;

/**
 * A part of a deployment package: a dependency jar shaded into it, a nested {@code lib/*.jar}, or a
 * package directory, with the bytes its entries take.
 *
 * @param name           {@code group:artifact:version}, a nested jar's path, or a directory such as {@code com/amazonaws/}
 * @param zippedBytes    compressed size of its entries
 * @param unzippedBytes  uncompressed size of its entries
 */
public record Contributor(String name, long zippedBytes, long unzippedBytes) {
}
