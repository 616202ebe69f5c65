package dev.serverlesslint.rules.iam;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IAM actions that are fine with {@code Resource: "*"}: reads (by the verb their name starts with),
 * and the few writes AWS only accepts on {@code "*"} (X-Ray segments, CloudWatch metrics, the network
 * interfaces of a function in a VPC), and the log writes every function needs.
 */
final class ReadOnlyActions {

    /** Action name prefixes that only read. */
    private static final List<String> READ_VERBS = List.of(
            "get", "list", "describe", "batchget", "query", "scan", "head", "lookup", "search", "select",
            "view", "filter", "detect");

    /**
     * Writes that support no resource other than "*", and the log writes of AWS's own
     * AWSLambdaBasicExecutionRole (granted on "*" to every function that uses it).
     */
    private static final Set<String> STAR_ONLY_WRITES = Set.of(
            "logs:createloggroup", "logs:createlogstream", "logs:putlogevents",
            "xray:puttracesegments", "xray:puttelemetryrecords", "cloudwatch:putmetricdata",
            "ec2:createnetworkinterface", "ec2:deletenetworkinterface", "ec2:assignprivateipaddresses",
            "ec2:unassignprivateipaddresses");

    /** Actions that IAM classifies as Read although their name has no read verb (inference, translation). */
    private static final Set<String> READ_LEVEL = Set.of(
            "bedrock:invokemodel", "bedrock:invokemodelwithresponsestream", "bedrock:converse",
            "bedrock:conversestream", "translate:translatetext", "polly:synthesizespeech",
            "textract:analyzedocument", "textract:analyzeexpense", "textract:analyzeid");

    private ReadOnlyActions() {
    }

    /** Whether an action (possibly with wildcards, e.g. {@code s3:Get*}) may be granted on every resource. */
    static boolean allowsAnyResource(String action) {
        String normalized = action.trim().toLowerCase(Locale.ROOT);
        if (STAR_ONLY_WRITES.contains(normalized)) {
            return true;
        }
        int colon = normalized.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String name = normalized.substring(colon + 1);
        return READ_LEVEL.contains(normalized) || READ_VERBS.stream().anyMatch(name::startsWith);
    }

    /** {@code "*"} or a whole service, {@code "s3:*"}. */
    static boolean isWildcard(String action) {
        String trimmed = action.trim();
        return trimmed.equals("*") || trimmed.matches("[A-Za-z0-9-]+:\\*");
    }
}
