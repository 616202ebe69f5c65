package dev.serverlesslint.core.model;

import java.util.Locale;
import java.util.Optional;

/** The services that invoke Lambda functions, each with its {@link EventSourceKind}. */
public enum EventSourceType {
    API_GATEWAY_REST(EventSourceKind.SYNCHRONOUS_API, "API Gateway REST API"),
    API_GATEWAY_HTTP(EventSourceKind.SYNCHRONOUS_API, "API Gateway HTTP API"),
    /** API Gateway, REST or HTTP unknown (e.g. from a resource-based permission). */
    API_GATEWAY(EventSourceKind.SYNCHRONOUS_API, "API Gateway"),
    API_GATEWAY_WEBSOCKET(EventSourceKind.SYNCHRONOUS_API, "API Gateway WebSocket API"),
    ALB(EventSourceKind.SYNCHRONOUS_API, "Application Load Balancer"),
    FUNCTION_URL(EventSourceKind.SYNCHRONOUS_API, "function URL"),
    S3(EventSourceKind.ASYNC_PUSH, "S3"),
    SNS(EventSourceKind.ASYNC_PUSH, "SNS"),
    EVENTBRIDGE(EventSourceKind.ASYNC_PUSH, "EventBridge"),
    SCHEDULE(EventSourceKind.ASYNC_PUSH, "schedule"),
    CLOUDWATCH_EVENTS(EventSourceKind.ASYNC_PUSH, "CloudWatch Events"),
    CLOUDWATCH_LOGS(EventSourceKind.ASYNC_PUSH, "CloudWatch Logs"),
    IOT(EventSourceKind.ASYNC_PUSH, "IoT"),
    SQS(EventSourceKind.QUEUE_POLL, "SQS"),
    DYNAMODB_STREAM(EventSourceKind.STREAM_POLL, "DynamoDB stream"),
    KINESIS(EventSourceKind.STREAM_POLL, "Kinesis stream"),
    KAFKA(EventSourceKind.STREAM_POLL, "Kafka"),
    MQ(EventSourceKind.STREAM_POLL, "Amazon MQ"),
    DOCUMENTDB(EventSourceKind.STREAM_POLL, "DocumentDB change stream"),
    /** A polled stream of unknown service (e.g. an event source mapping whose ARN is a parameter). */
    STREAM(EventSourceKind.STREAM_POLL, "stream"),
    OTHER(EventSourceKind.OTHER, "event");

    private final EventSourceKind kind;
    private final String description;

    EventSourceType(EventSourceKind kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    public EventSourceKind kind() {
        return kind;
    }

    /** A short human name, for messages. */
    public String description() {
        return description;
    }

    /** A Serverless Framework event key ({@code http}, {@code sqs}, ...); OTHER for unknown keys. */
    public static EventSourceType ofServerlessEvent(String key) {
        return switch (key) {
            case "http" -> API_GATEWAY_REST;
            case "httpApi" -> API_GATEWAY_HTTP;
            case "websocket" -> API_GATEWAY_WEBSOCKET;
            case "alb" -> ALB;
            case "s3" -> S3;
            case "sns" -> SNS;
            case "eventBridge" -> EVENTBRIDGE;
            case "schedule" -> SCHEDULE;
            case "cloudwatchEvent" -> CLOUDWATCH_EVENTS;
            case "cloudwatchLog" -> CLOUDWATCH_LOGS;
            case "iot" -> IOT;
            case "sqs" -> SQS;
            case "stream" -> STREAM;
            case "msk", "kafka" -> KAFKA;
            case "activemq", "rabbitmq" -> MQ;
            default -> OTHER;
        };
    }

    /** A SAM event {@code Type} ({@code Api}, {@code SQS}, ...); OTHER for unknown types. */
    public static EventSourceType ofSamEvent(String type) {
        return switch (type) {
            case "Api" -> API_GATEWAY_REST;
            case "HttpApi" -> API_GATEWAY_HTTP;
            case "S3" -> S3;
            case "SNS" -> SNS;
            case "EventBridgeRule" -> EVENTBRIDGE;
            case "Schedule", "ScheduleV2" -> SCHEDULE;
            case "CloudWatchEvent" -> CLOUDWATCH_EVENTS;
            case "CloudWatchLogs" -> CLOUDWATCH_LOGS;
            case "IoTRule" -> IOT;
            case "SQS" -> SQS;
            case "DynamoDB" -> DYNAMODB_STREAM;
            case "Kinesis" -> KINESIS;
            case "MSK", "SelfManagedKafka" -> KAFKA;
            case "MQ" -> MQ;
            case "DocumentDB" -> DOCUMENTDB;
            default -> OTHER;
        };
    }

    /** The service of an ARN ({@code arn:aws:sqs:...}), for ARNs written literally. */
    public static Optional<EventSourceType> ofArn(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 3 || !parts[0].equals("arn")) {
            return Optional.empty();
        }
        return switch (parts[2].toLowerCase(Locale.ROOT)) {
            case "sqs" -> Optional.of(SQS);
            case "dynamodb" -> Optional.of(DYNAMODB_STREAM);
            case "kinesis" -> Optional.of(KINESIS);
            case "kafka" -> Optional.of(KAFKA);
            case "mq" -> Optional.of(MQ);
            case "rds" -> Optional.of(DOCUMENTDB);
            default -> Optional.empty();
        };
    }

    /** The service of a resource the source points to ({@code AWS::SQS::Queue}, ...). */
    public static Optional<EventSourceType> ofResourceType(String resourceType) {
        return switch (resourceType) {
            case "AWS::SQS::Queue" -> Optional.of(SQS);
            case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" -> Optional.of(DYNAMODB_STREAM);
            case "AWS::Kinesis::Stream", "AWS::Kinesis::StreamConsumer" -> Optional.of(KINESIS);
            case "AWS::MSK::Cluster", "AWS::MSK::ServerlessCluster" -> Optional.of(KAFKA);
            case "AWS::AmazonMQ::Broker" -> Optional.of(MQ);
            case "AWS::DocDB::DBCluster" -> Optional.of(DOCUMENTDB);
            default -> Optional.empty();
        };
    }

    /** A service principal of a resource-based permission ({@code sns.amazonaws.com}, ...). */
    public static Optional<EventSourceType> ofPrincipal(String principal) {
        String service = principal.toLowerCase(Locale.ROOT);
        int dot = service.indexOf('.');
        if (dot < 0 || !service.endsWith(".amazonaws.com")) {
            return Optional.empty();
        }
        return switch (service.substring(0, dot)) {
            case "apigateway" -> Optional.of(API_GATEWAY);
            case "elasticloadbalancing" -> Optional.of(ALB);
            case "s3" -> Optional.of(S3);
            case "sns" -> Optional.of(SNS);
            case "events" -> Optional.of(EVENTBRIDGE);
            case "scheduler" -> Optional.of(SCHEDULE);
            case "logs" -> Optional.of(CLOUDWATCH_LOGS);
            case "iot" -> Optional.of(IOT);
            default -> Optional.empty();
        };
    }
}
