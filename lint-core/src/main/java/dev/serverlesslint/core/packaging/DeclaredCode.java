package dev.serverlesslint.core.packaging;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;

import java.util.List;

/**
 * What a configuration file says is deployed, as written: the code value of a function (serverless.yml
 * {@code package.artifact}, SAM {@code CodeUri}, CloudFormation {@code Code}), or of the whole service
 * when {@code function} is null, and the layers with local content the function adds. The project model
 * reads these from configuration ({@code model.DeployedCode}); {@link PackagingScanner} finds and
 * measures the files they name.
 */
public record DeclaredCode(ConfigDocument document, ConfigValue code, String function, List<Layer> layers) {

    /** A layer of this project: its name and its local content (a directory or an archive) as written. */
    public record Layer(String name, ConfigValue content) {
    }

    public DeclaredCode {
        layers = List.copyOf(layers);
    }
}
