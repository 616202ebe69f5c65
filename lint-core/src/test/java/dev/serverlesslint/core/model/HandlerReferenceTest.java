package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigFormat;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.finding.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandlerReferenceTest {

    private static LambdaFunction function(String runtime) {
        List<ConfigValue.Entry> entries = runtime == null ? List.of() : List.of(new ConfigValue.Entry(
                ConfigValue.scalar("Runtime", null, SourcePosition.START),
                ConfigValue.scalar(runtime, null, SourcePosition.START)));
        ConfigValue properties = ConfigValue.mapping(entries, null, SourcePosition.START);
        ConfigDocument document = new ConfigDocument(null, ConfigFormat.CLOUDFORMATION, ConfigValue.MISSING, List.of(), "");
        return new LambdaFunction("Fn", FunctionKind.CLOUDFORMATION, document, ConfigValue.MISSING, properties,
                ConfigValue.MISSING);
    }

    @Test
    void readsClassAndMethod() {
        HandlerReference reference = HandlerReference.parse("com.example.Orders$Handler::handle", function("java21")).orElseThrow();
        assertEquals("com.example.Orders$Handler", reference.className());
        assertEquals("handle", reference.methodName());
        assertEquals("Handler", reference.simpleClassName());
    }

    @Test
    void aClassAloneMeansHandleRequestOnAJavaRuntime() {
        assertEquals(Optional.of("handleRequest"),
                HandlerReference.parse("com.example.Handler", function("java17")).map(HandlerReference::methodName));
    }

    @Test
    void otherLanguagesAndAmbiguousNamesAreNotJavaHandlers() {
        assertTrue(HandlerReference.parse("app.lambda_handler", function("python3.12")).isEmpty());
        assertTrue(HandlerReference.parse("index.handler", function(null)).isEmpty());
        assertTrue(HandlerReference.parse("com.example.Handler::handleRequest", function("nodejs20.x")).isEmpty());
        assertEquals("com.example.Handler",
                HandlerReference.parse("com.example.Handler::handleRequest", function(null)).orElseThrow().className());
    }
}
