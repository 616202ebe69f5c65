package com.example.checkout;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;

/** The recommended shape: hand the work to Step Functions or SQS instead of invoking a function. No findings. */
public class OrderWorkflowHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final SfnClient SFN = SfnClient.builder()
            .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(3)))
            .build();
    private static final SqsClient SQS = SqsClient.builder()
            .overrideConfiguration(c -> c.apiCallAttemptTimeout(Duration.ofSeconds(1)))
            .build();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        SFN.startExecution(r -> r.stateMachineArn(System.getenv("ORDER_WORKFLOW_ARN")).input(event.getBody()));
        SQS.sendMessage(r -> r.queueUrl(System.getenv("AUDIT_QUEUE_URL")).messageBody(event.getBody()));
        return new APIGatewayProxyResponseEvent().withStatusCode(202);
    }
}
