package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigLoader;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TemplateExpressionTest {

    private static ConfigValue value(String yaml) {
        String template = "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\nValue: " + yaml + "\n";
        ConfigDocument document = new ConfigLoader(1_000_000)
                .load(new SourceFile(Path.of("template.yaml").toAbsolutePath(), "template.yaml"),
                        new SourceText(template, false))
                .value();
        return document.root().get("Value");
    }

    private static ConfigValue json(String json) {
        String template = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}, \"Value\": " + json + "}";
        ConfigDocument document = new ConfigLoader(1_000_000)
                .load(new SourceFile(Path.of("t.template.json").toAbsolutePath(), "t.template.json"),
                        new SourceText(template, false))
                .value();
        return document.root().get("Value");
    }

    @Test
    void readsShortForms() {
        assertEquals(Optional.of("${Fn}"), TemplateExpression.of(value("!Ref Fn")));
        assertEquals(Optional.of("${Role.Arn}"), TemplateExpression.of(value("!GetAtt Role.Arn")));
        assertEquals(Optional.of("/aws/lambda/${Fn}"), TemplateExpression.of(value("!Sub /aws/lambda/${Fn}")));
        assertEquals(Optional.of("/aws/lambda/${Fn}"),
                TemplateExpression.of(value("!Join ['', ['/aws/lambda/', !Ref Fn]]")));
        assertEquals(Optional.of("/aws/lambda/my-fn"),
                TemplateExpression.of(value("!Sub ['/aws/lambda/${N}', {N: my-fn}]")));
        assertEquals(Optional.of("/aws/lambda/${Fn}"),
                TemplateExpression.of(value("!Sub ['/aws/lambda/${N}', {N: !Ref Fn}]")));
        assertEquals(Optional.of("plain"), TemplateExpression.of(value("plain")));
    }

    @Test
    void readsLongForms() {
        assertEquals(Optional.of("${Fn}"), TemplateExpression.of(json("{\"Ref\": \"Fn\"}")));
        assertEquals(Optional.of("${Role.Arn}"), TemplateExpression.of(json("{\"Fn::GetAtt\": [\"Role\", \"Arn\"]}")));
        assertEquals(Optional.of("a-${Fn}"), TemplateExpression.of(json("{\"Fn::Sub\": \"a-${Fn}\"}")));
        assertEquals(Optional.of("a/${Fn}"),
                TemplateExpression.of(json("{\"Fn::Join\": [\"/\", [\"a\", {\"Ref\": \"Fn\"}]]}")));
    }

    @Test
    void whatCannotBeReadHasNoTemplate() {
        assertEquals(Optional.empty(), TemplateExpression.of(value("!If [IsProd, a, b]")));
        assertEquals(Optional.empty(), TemplateExpression.of(value("!ImportValue shared-name")));
        assertEquals(Optional.empty(), TemplateExpression.of(value("!Join ['', [a, !If [C, b, c]]]")));
        assertEquals(Optional.empty(), TemplateExpression.of(value("!Sub ['${N}', {N: !ImportValue x}]")));
    }

    @Test
    void singleReferenceNamesTheResource() {
        assertEquals(Optional.of("Role"), TemplateExpression.referencedLogicalId(value("!GetAtt Role.Arn")));
        assertEquals(Optional.of("Role"), TemplateExpression.referencedLogicalId(value("!Sub '${Role.Arn}'")));
        assertEquals(Optional.empty(), TemplateExpression.referencedLogicalId(value("!Sub 'arn:${AWS::Partition}'")));
        assertEquals(Optional.empty(), TemplateExpression.referencedLogicalId(value("!Sub 'x-${Role}'")));
        assertEquals(Optional.empty(), TemplateExpression.referencedLogicalId(value("Role")));
    }

    @Test
    void oneResolverForEveryFormOfReference() {
        for (String form : new String[]{"!Ref Role", "{Ref: Role}", "!GetAtt [Role, Arn]", "{'Fn::GetAtt': [Role, Arn]}",
                "{'Fn::GetAtt': Role.Arn}", "{'Fn::Sub': '${Role}'}", "!Sub ['${R}', {R: !Ref Role}]",
                "!Join ['', [!GetAtt Role.Arn]]"}) {
            assertEquals(Optional.of("Role"), TemplateExpression.referencedLogicalId(value(form)), form);
        }
        assertEquals(Optional.empty(), TemplateExpression.referencedLogicalId(value("!Ref AWS::Region")));
    }

    @Test
    void everyReferenceInsideAValue() {
        assertEquals(java.util.Set.of("Queue", "Topic"), TemplateExpression.referencedLogicalIds(
                value("{a: !GetAtt Queue.Arn, b: [!Sub 'arn:${AWS::Partition}:sns:${Topic}', !Ref AWS::Region]}")));
    }
}
