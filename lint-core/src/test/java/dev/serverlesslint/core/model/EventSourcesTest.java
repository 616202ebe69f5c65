package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigLoader;
import dev.serverlesslint.core.source.SourceFile;
import dev.serverlesslint.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSourcesTest {

    private static ConfigDocument load(String name, String text) {
        SourceFile file = new SourceFile(Path.of(name), name);
        return new ConfigLoader(1_000_000).load(file, SourceText.decode(text.getBytes(StandardCharsets.UTF_8)))
                .value();
    }

    private static List<String> describe(List<EventSource> sources) {
        return sources.stream().map(s -> s.type() + "@" + s.position().line()).toList();
    }

    @Test
    void serverlessEventsAreClassifiedWithTheirPositions() {
        ConfigDocument doc = load("serverless.yml", """
                service: shop
                provider:
                  name: aws
                functions:
                  api:
                    handler: a.B
                    url: true
                    events:
                      - http: GET /x
                      - httpApi:
                          path: /y
                          method: get
                      - alb:
                          listenerArn: arn:aws:elasticloadbalancing:eu-west-1:1:listener/app/a/b/c
                      - sqs:
                          arn: !GetAtt Jobs.Arn
                      - stream:
                          type: dynamodb
                          arn: !GetAtt Table.StreamArn
                      - stream: arn:aws:kinesis:eu-west-1:1:stream/clicks
                      - schedule: rate(1 hour)
                      - cognitoUserPool:
                          pool: users
                resources:
                  Resources:
                    Jobs:
                      Type: AWS::SQS::Queue
                """);
        ProjectModel model = new ProjectModel(List.of(), List.of(doc));
        LambdaFunction api = model.functionsOf(doc).get(0);
        assertEquals(List.of("API_GATEWAY_REST@9", "API_GATEWAY_HTTP@10", "ALB@13", "SQS@15", "DYNAMODB_STREAM@17",
                "KINESIS@20", "SCHEDULE@21", "OTHER@22", "FUNCTION_URL@7"), describe(model.eventSourcesOf(api)));
        EventSource sqs = model.eventSourcesOf(api).get(3);
        assertEquals(EventSourceKind.QUEUE_POLL, sqs.kind());
        assertEquals("Jobs", model.eventSources(doc).resources().resolve(sqs.sourceReference()).orElseThrow().logicalId());
    }

    @Test
    void samEventsAndEventSourceMappingsAreFound() {
        ConfigDocument doc = load("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Worker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handle
                      Events:
                        Orders:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt OrdersQueue.Arn
                        Nightly:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: rate(1 day)
                  Legacy:
                    Type: AWS::Lambda::Function
                    Properties:
                      FunctionName: legacy-fn
                      Handler: a.C::handle
                  ByRef:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Worker
                      EventSourceArn: !GetAtt Stream.Arn
                  ByName:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: legacy-fn
                      EventSourceArn: arn:aws:sqs:eu-west-1:123456789012:orders
                  ByArn:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: arn:aws:lambda:eu-west-1:123456789012:function:legacy-fn:live
                      EventSourceArn: {"Fn::GetAtt": ["Table", "StreamArn"]}
                  Elsewhere:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: some-other-fn
                      EventSourceArn: arn:aws:dynamodb:eu-west-1:1:table/t/stream/2024
                  OrdersQueue:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: orders
                  Stream:
                    Type: AWS::Kinesis::Stream
                  Table:
                    Type: AWS::DynamoDB::Table
                """);
        ProjectModel model = new ProjectModel(List.of(), List.of(doc));
        LambdaFunction worker = model.functionsOf(doc).get(0);
        LambdaFunction legacy = model.functionsOf(doc).get(1);
        assertEquals(List.of("SQS@8", "SCHEDULE@12", "KINESIS@21"), describe(model.eventSourcesOf(worker)));
        assertEquals(List.of("SQS@26", "DYNAMODB_STREAM@31"), describe(model.eventSourcesOf(legacy)));
        EventSources sources = model.eventSources(doc);
        assertEquals(List.of("DYNAMODB_STREAM@36"), describe(sources.unattached()));
        assertNull(sources.unattached().get(0).function());
        EventSource byName = model.eventSourcesOf(legacy).get(0);
        assertEquals("OrdersQueue", sources.resources().resolve(byName.sourceReference()).orElseThrow().logicalId());
    }

    @Test
    void serverlessLogicalIdsResolveToFunctions() {
        assertEquals("CreateDashorderUnderscorev2LambdaFunction",
                FunctionDirectory.serverlessLogicalId("create-order_v2"));
        ConfigDocument doc = load("serverless.yml", """
                service: shop
                provider:
                  name: aws
                functions:
                  create-order:
                    handler: a.B
                resources:
                  Resources:
                    Mapping:
                      Type: AWS::Lambda::EventSourceMapping
                      Properties:
                        FunctionName: !GetAtt CreateDashorderLambdaFunction.Arn
                        EventSourceArn: !GetAtt Queue.Arn
                    Queue:
                      Type: AWS::SQS::Queue
                """);
        ProjectModel model = new ProjectModel(List.of(), List.of(doc));
        assertEquals(List.of("SQS@9"), describe(model.eventSourcesOf(model.functionsOf(doc).get(0))));
    }

    @Test
    void referencesInAllForms() {
        ConfigDocument doc = load("template.yaml", """
                Resources:
                  Q:
                    Type: AWS::SQS::Queue
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      A: !Ref Q
                      B: !GetAtt Q.Arn
                      C: !GetAtt [Q, Arn]
                      D: {"Fn::GetAtt": ["Q", "Arn"]}
                      E: {"Ref": "Q"}
                      F: !Sub '${Q.Arn}'
                      G: !Sub 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${Q}-x'
                      H: !Ref QueueParameter
                """);
        TemplateResources resources = TemplateResources.of(doc);
        var props = resources.get("Fn").orElseThrow().properties();
        for (String key : List.of("A", "B", "C", "D", "E", "F")) {
            assertEquals("Q", resources.resolve(props.get(key)).orElseThrow().logicalId(), key);
        }
        assertTrue(resources.resolve(props.get("G")).isEmpty());
        assertTrue(resources.resolve(props.get("H")).isEmpty());
        assertEquals(java.util.Set.of("Q"), TemplateExpression.referencedLogicalIds(props.get("G")));
    }

    @Test
    void otherCloudProvidersDeclareNoLambdaFunctions() {
        ConfigDocument doc = load("serverless.yml", """
                service: fns
                provider:
                  name: openwhisk
                functions:
                  hello:
                    handler: handler.hello
                """);
        assertEquals(List.of(), new ProjectModel(List.of(), List.of(doc)).functionsOf(doc));
    }

    @Test
    void resourcesThatInvokeAFunctionAreEventSources() {
        ConfigDocument doc = load("stack.template.json", """
                {"Resources": {
                  "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Handler": "a.B::h"}},
                  "Method": {"Type": "AWS::ApiGateway::Method", "Properties": {"Integration": {"Uri":
                    {"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"}}}},
                  "Http": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"ProtocolType": "HTTP"}},
                  "Integration": {"Type": "AWS::ApiGatewayV2::Integration",
                    "Properties": {"ApiId": {"Ref": "Http"}, "IntegrationUri": {"Fn::GetAtt": ["Fn", "Arn"]}}},
                  "Url": {"Type": "AWS::Lambda::Url", "Properties": {"TargetFunctionArn": {"Ref": "Fn"}}},
                  "FromSns": {"Type": "AWS::Lambda::Permission",
                    "Properties": {"FunctionName": {"Ref": "Fn"}, "Principal": "sns.amazonaws.com"}},
                  "FromPinpoint": {"Type": "AWS::Lambda::Permission",
                    "Properties": {"FunctionName": {"Ref": "Fn"}, "Principal": "pinpoint.amazonaws.com"}},
                  "Nightly": {"Type": "AWS::Events::Rule", "Properties": {"ScheduleExpression": "rate(1 day)",
                    "Targets": [{"Id": "t", "Arn": {"Fn::GetAtt": ["Fn", "Arn"]}}]}}
                }}
                """);
        ProjectModel model = new ProjectModel(List.of(), List.of(doc));
        assertEquals(List.of("API_GATEWAY_REST@3", "API_GATEWAY_HTTP@6", "FUNCTION_URL@8", "SNS@9", "SCHEDULE@13"),
                describe(model.eventSourcesOf(model.functionsOf(doc).get(0))));
    }
}
