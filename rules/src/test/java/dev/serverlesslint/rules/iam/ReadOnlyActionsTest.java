package dev.serverlesslint.rules.iam;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadOnlyActionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"s3:GetObject", "s3:Get*", "dynamodb:Query", "dynamodb:BatchGetItem", "ec2:Describe*",
            "xray:PutTraceSegments", "cloudwatch:PutMetricData", "kendra:Query", "logs:PutLogEvents"})
    void mayBeGrantedOnEveryResource(String action) {
        assertTrue(ReadOnlyActions.allowsAnyResource(action), action);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3:PutObject", "s3:*Object", "dynamodb:DeleteItem", "sqs:SendMessage",
            "lambda:InvokeFunction", "iam:PassRole", "kms:Decrypt", "*"})
    void writesNeedAResource(String action) {
        assertFalse(ReadOnlyActions.allowsAnyResource(action), action);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "s3:*", "Polly:*", "execute-api:*"})
    void wildcards(String action) {
        assertTrue(ReadOnlyActions.isWildcard(action), action);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3:Get*", "s3:*Object", "dynamodb:PutItem"})
    void notWildcards(String action) {
        assertFalse(ReadOnlyActions.isWildcard(action), action);
    }
}
