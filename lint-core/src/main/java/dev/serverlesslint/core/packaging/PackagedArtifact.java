package dev.serverlesslint.core.packaging;

import java.util.List;

/**
 * A deployment artifact of the project, measured.
 *
 * @param path         the artifact's path relative to the root ({@code /} separators)
 * @param declarations where configuration names it (empty when only given on the command line or by the plugin)
 * @param measurement  its sizes, or {@code null} when it could not be read
 * @param problem      why it could not be read, or {@code null}
 * @param layers       layers the declaring functions add whose content is available
 */
public record PackagedArtifact(String path, List<ArtifactDeclaration> declarations, ArchiveMeasurement measurement,
                               String problem, List<LayerPackage> layers) {

    public PackagedArtifact {
        declarations = List.copyOf(declarations);
        layers = List.copyOf(layers);
    }

    public long layerBytes() {
        return layers.stream().mapToLong(LayerPackage::unzippedBytes).reduce(0, (a, b) -> {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        });
    }
}
