package dev.serverlesslint.core.model;

/** How Lambda is invoked by an event source: what a caller waits for, and who retries. */
public enum EventSourceKind {
    /** A client waits for the response: API Gateway REST/HTTP/WebSocket, ALB, function URL. */
    SYNCHRONOUS_API,
    /** The service hands the event to Lambda's async queue: S3, SNS, EventBridge, schedules, IoT, CloudWatch. */
    ASYNC_PUSH,
    /** Lambda polls a queue (SQS); failed messages come back after the visibility timeout. */
    QUEUE_POLL,
    /** Lambda polls a stream or broker (DynamoDB, Kinesis, Kafka, MQ, DocumentDB); a failing batch blocks its shard. */
    STREAM_POLL,
    /** Anything else (Cognito or Alexa triggers, CloudFront, unknown types). */
    OTHER
}
