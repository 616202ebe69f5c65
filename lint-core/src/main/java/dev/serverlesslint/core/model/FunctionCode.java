package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigValue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a function's code comes from, as far as its configuration tells: whether it can be built
 * from the scanned Java sources, and the source directory a SAM {@code CodeUri} names. Code that is
 * fetched from S3 ({@code Code.S3Bucket}/{@code S3Key}, a {@code CodeUri} with a bucket or an
 * {@code s3://} address), a container image ({@code ImageUri}, {@code PackageType: Image}), inline
 * code ({@code ZipFile}, {@code InlineCode}), a {@code CodeUri} outside the scanned root, or another
 * language's runtime is not built from these sources, so nothing in them can confirm or deny it.
 */
public final class FunctionCode {

    private FunctionCode() {
    }

    /** Whether the function's code may be built from the scanned Java sources. */
    public static boolean builtFromSources(LambdaFunction function) {
        if (!javaOrCustomRuntime(function)) {
            return false;
        }
        if (function.kind() == FunctionKind.SERVERLESS) {
            return function.properties().at("image").isMissing()
                    && !function.property("package").get("artifact").asLiteralText().filter(FunctionCode::isS3).isPresent();
        }
        if (function.property("PackageType").asLiteralText().filter("Image"::equalsIgnoreCase).isPresent()
                || function.property("ImageUri").isPresent() || function.property("InlineCode").isPresent()) {
            return false;
        }
        ConfigValue code = function.properties().get("Code");
        if (code.isMapping() && (code.get("S3Bucket").isPresent() || code.get("ImageUri").isPresent()
                || code.get("ZipFile").isPresent())) {
            return false;
        }
        ConfigValue codeUri = function.property("CodeUri");
        if (codeUri.isMapping() && codeUri.get("Bucket").isPresent()) {
            return false;
        }
        Optional<String> uri = codeUri.asLiteralText();
        if (uri.filter(FunctionCode::isS3).isPresent()) {
            return false;
        }
        return uri.map(text -> sourceDirectory(function, text).isPresent()).orElse(true);
    }

    /**
     * The root-relative directory a literal SAM {@code CodeUri} names ({@code ""} for the root), when
     * it stays inside the root; empty for other functions and for a {@code CodeUri} outside the root.
     */
    public static Optional<String> codeDirectory(LambdaFunction function) {
        if (function.kind() == FunctionKind.SERVERLESS) {
            return Optional.empty();
        }
        return function.property("CodeUri").asLiteralText().filter(text -> !isS3(text))
                .flatMap(text -> sourceDirectory(function, text));
    }

    private static Optional<String> sourceDirectory(LambdaFunction function, String codeUri) {
        String documentPath = function.document().path();
        Path directory = Path.of(documentPath).getParent();
        Path resolved = (directory == null ? Path.of(codeUri.trim()) : directory.resolve(codeUri.trim())).normalize();
        String text = resolved.toString().replace('\\', '/');
        if (resolved.isAbsolute() || text.equals("..") || text.startsWith("../")) {
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A literal runtime that is not Java ({@code python3.12}, {@code nodejs20.x}) rules the function out. */
    private static boolean javaOrCustomRuntime(LambdaFunction function) {
        return function.property(FunctionProperty.RUNTIME).asLiteralText()
                .map(runtime -> runtime.trim().toLowerCase(Locale.ROOT))
                .map(runtime -> runtime.startsWith("java") || runtime.startsWith("provided"))
                .orElse(true);
    }

    private static boolean isS3(String text) {
        return text.trim().toLowerCase(Locale.ROOT).startsWith("s3://");
    }
}
