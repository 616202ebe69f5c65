package dev.serverlesslint.rules.invocations;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.requestpath.CallChain;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.rules.java.Names;
import dev.serverlesslint.rules.java.Imports;
import dev.serverlesslint.rules.java.VariableLookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SL106: a handler calls another Lambda function through the Lambda API. */
@RuleDefinition(
        id = "SL106",
        name = "lambda-invokes-lambda",
        severity = Severity.WARNING,
        category = RuleCategory.COST,
        precision = RulePrecision.HIGH,
        summary = "A Lambda function invokes another Lambda function from its request path.",
        description = "A synchronous invocation makes the caller wait, and pay, for the callee's whole "
                + "run, doubles the cold starts on the path, couples the two functions' timeouts and "
                + "concurrency limits, and turns a throttle or error in the callee into an error in "
                + "the caller. An asynchronous invocation (InvocationType Event) avoids the wait but "
                + "still hides the coupling in code, where retries and failures are hard to see.",
        remediation = "Put a queue or a bus between the functions: send a message to SQS or SNS, "
                + "publish an event to EventBridge, or orchestrate the steps with Step Functions. If "
                + "the callee must answer synchronously, call it as a library or behind an API.")
public final class LambdaInvokesLambdaRule implements JavaRule {

    private static final Set<String> CLIENT_TYPES = Set.of("AWSLambda", "AWSLambdaAsync", "AWSLambdaClient",
            "AWSLambdaAsyncClient", "LambdaClient", "LambdaAsyncClient");
    private static final Set<String> REQUEST_TYPES = Set.of("InvokeRequest", "InvokeAsyncRequest");
    private static final Set<String> INVOKE_METHODS = Set.of("invoke", "invokeAsync");
    private static final Set<String> INVOCATION_TYPE_SETTERS = Set.of("invocationType", "withInvocationType",
            "setInvocationType");
    private static final Set<String> FUNCTION_NAME_SETTERS = Set.of("functionName", "withFunctionName",
            "setFunctionName");

    /** How the callee is invoked, as far as the code shows. */
    private enum Mode { REQUEST_RESPONSE, EVENT, DRY_RUN }

    @Override
    public void check(JavaSource source, RuleContext context) {
        if (!context.model().requestPaths().reaches(source.unit())) {
            return;
        }
        if (!Imports.importsFrom(source.unit(), "com.amazonaws.services.lambda")
                && !Imports.importsFrom(source.unit(), "software.amazon.awssdk.services.lambda")) {
            return;
        }
        for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
            if (!INVOKE_METHODS.contains(call.getNameAsString()) || call.getArguments().size() != 1
                    || !isLambdaInvocation(call)) {
                continue;
            }
            Optional<CallChain> chain = context.model().requestPaths().chainTo(call);
            if (chain.isEmpty()) {
                continue;
            }
            List<Expression> request = requestExpressions(call.getArgument(0));
            Mode mode = invocationMode(call, request);
            if (mode == Mode.DRY_RUN) {
                continue;
            }
            report(context, call, chain.get(), mode, calleeName(request));
        }
    }

    private static boolean isLambdaInvocation(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty()) {
            return false;
        }
        Optional<String> clientType = VariableLookup.resolve(scope.get())
                .flatMap(VariableLookup.Declaration::typeName)
                .or(() -> VariableLookup.createdTypeName(scope.get()));
        if (clientType.isPresent()) {
            return CLIENT_TYPES.contains(clientType.get());
        }
        Expression argument = call.getArgument(0);
        Optional<String> requestType = VariableLookup.resolve(argument)
                .flatMap(VariableLookup.Declaration::typeName)
                .or(() -> VariableLookup.createdTypeName(argument));
        return requestType.filter(REQUEST_TYPES::contains).isPresent();
    }

    /** The argument, and for a variable its initializer and the calls that configure it. */
    private static List<Expression> requestExpressions(Expression argument) {
        List<Expression> expressions = new ArrayList<>();
        expressions.add(argument);
        VariableLookup.resolve(argument).ifPresent(declaration -> {
            declaration.initializer().ifPresent(expressions::add);
            expressions.addAll(VariableLookup.callsOn(declaration));
        });
        return expressions;
    }

    private static Mode invocationMode(MethodCallExpr call, List<Expression> request) {
        if (call.getNameAsString().equals("invokeAsync") && request.stream()
                .anyMatch(e -> VariableLookup.createdTypeName(e).filter("InvokeAsyncRequest"::equals).isPresent())) {
            return Mode.EVENT; // the deprecated InvokeAsync API always queues the event
        }
        for (Expression expression : request) {
            for (MethodCallExpr setter : expression.findAll(MethodCallExpr.class)) {
                if (!INVOCATION_TYPE_SETTERS.contains(setter.getNameAsString()) || setter.getArguments().size() != 1) {
                    continue;
                }
                String value = invocationTypeName(setter.getArgument(0));
                if (value.equalsIgnoreCase("event")) {
                    return Mode.EVENT;
                }
                if (value.equalsIgnoreCase("dryrun") || value.equalsIgnoreCase("dry_run")) {
                    return Mode.DRY_RUN;
                }
            }
        }
        return Mode.REQUEST_RESPONSE;
    }

    private static String invocationTypeName(Expression value) {
        if (value instanceof StringLiteralExpr literal) {
            return literal.getValue();
        }
        if (value instanceof FieldAccessExpr access && Names.lastName(access.getScope()).equals("InvocationType")) {
            return access.getNameAsString();
        }
        if (value instanceof NameExpr name) {
            return name.getNameAsString(); // static import of InvocationType.EVENT
        }
        return "";
    }

    private static Optional<String> calleeName(List<Expression> request) {
        for (Expression expression : request) {
            for (MethodCallExpr setter : expression.findAll(MethodCallExpr.class)) {
                if (FUNCTION_NAME_SETTERS.contains(setter.getNameAsString()) && setter.getArguments().size() == 1
                        && setter.getArgument(0) instanceof StringLiteralExpr literal) {
                    return Optional.of(literal.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static void report(RuleContext context, MethodCallExpr call, CallChain chain, Mode mode,
                               Optional<String> callee) {
        String target = callee.map(name -> "Lambda function '" + name + "'").orElse("another Lambda function");
        if (mode == Mode.EVENT) {
            context.report(position(call.getName()), chain.describe() + " invokes " + target + " asynchronously "
                    + "(InvocationType Event). The coupling is hidden in code and failed events are easy to "
                    + "lose: send the work through SQS, SNS or EventBridge (with a dead-letter queue), or "
                    + "orchestrate it with Step Functions.", null, Severity.NOTE);
            return;
        }
        context.report(position(call.getName()), chain.describe() + " invokes " + target + " synchronously and waits "
                + "for it: the caller pays for the callee's run time, their timeouts and throttles are "
                + "coupled, and errors cascade. Decouple with SQS, SNS, EventBridge or Step Functions, or "
                + "call the code as a library.");
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
