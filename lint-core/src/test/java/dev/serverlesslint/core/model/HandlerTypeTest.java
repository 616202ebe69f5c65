package dev.serverlesslint.core.model;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigLoader;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A qualified name declared twice: the model gives one consistent answer, the declaration nearest the config. */
class HandlerTypeTest {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));

    private static JavaSource java(String path, String code) {
        return new JavaSource(new SourceFile(Path.of(path), path), PARSER.parse(code).getResult().orElseThrow());
    }

    private static ConfigDocument template(String path) {
        String text = """
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java21
                      Handler: helloworld.App$Inner::handleRequest
                """;
        return new ConfigLoader(1_000_000).load(new SourceFile(Path.of(path), path),
                SourceText.decode(text.getBytes(StandardCharsets.UTF_8))).value();
    }

    @Test
    void eachTemplateGetsTheClassOfItsOwnModule() {
        String code = "package helloworld; public class App { public static class Inner { } }";
        JavaSource first = java("one/src/main/java/helloworld/App.java", code);
        JavaSource second = java("two/src/main/java/helloworld/App.java", code);
        ConfigDocument one = template("one/template.yaml");
        ConfigDocument two = template("two/template.yaml");
        ProjectModel model = new ProjectModel(List.of(first, second), List.of(one, two));

        TypeDeclaration<?> secondInner = second.unit().getType(0).getMembers().get(0).asTypeDeclaration();
        HandlerReference twoReference = model.handlerReferences().stream()
                .filter(r -> r.function().document() == two).findFirst().orElseThrow();
        assertSame(secondInner, model.handlerType(twoReference).orElseThrow());
        assertEquals(List.of(twoReference), model.handlerReferencesTo(secondInner));
        assertSame(secondInner, model.types().named("helloworld.App.Inner", "two/template.yaml").orElseThrow());
    }
}
