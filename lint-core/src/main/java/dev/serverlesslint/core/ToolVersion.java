package dev.serverlesslint.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of serverless-lint, stamped in at build time. */
public final class ToolVersion {

    public static final String NAME = "serverless-lint";

    private static final String VERSION = load();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
