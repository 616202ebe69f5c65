package dev.serverlesslint.rules.security;

import dev.serverlesslint.rules.secrets.PlaceholderValue;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.serverlesslint.core.finding.Severity;
import dev.serverlesslint.core.finding.SourcePosition;
import dev.serverlesslint.core.java.JavaSource;
import dev.serverlesslint.core.rule.JavaRule;
import dev.serverlesslint.core.rule.RuleContext;
import dev.serverlesslint.core.rule.RuleCategory;
import dev.serverlesslint.core.rule.RuleDefinition;
import dev.serverlesslint.core.rule.RulePrecision;
import dev.serverlesslint.rules.java.Names;
import dev.serverlesslint.rules.java.VariableLookup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SL109: AWS access keys or secrets written in the source code. */
@RuleDefinition(
        id = "SL109",
        name = "hardcoded-credentials",
        severity = Severity.ERROR,
        category = RuleCategory.SECURITY,
        precision = RulePrecision.VERY_HIGH,
        securitySeverity = "9.8",
        summary = "An AWS access key or a literal secret is written in the source code.",
        description = "Credentials in code end up in version control, build artifacts and the "
                + "deployment package, where anyone who can read them can use them; they cannot be "
                + "rotated without a release. A Lambda function never needs them: the runtime "
                + "provides temporary credentials of the function's execution role.",
        remediation = "Delete the key and rotate it in IAM. Rely on the default credentials provider "
                + "chain (the execution role); for third-party secrets read AWS Secrets Manager or SSM "
                + "Parameter Store (e.g. with the Lambda extension or Powertools parameters) at init.")
public final class HardcodedCredentialsRule implements JavaRule {

    private static final Pattern ACCESS_KEY = Pattern.compile("(?<![A-Z0-9])((?:AKIA|ASIA)[A-Z2-7]{16})(?![A-Z0-9])");

    /** Constructors and factories taking (access key, secret[, session token]). */
    private static final Set<String> CREDENTIAL_CONSTRUCTORS = Set.of("BasicAWSCredentials", "BasicSessionCredentials");
    private static final Set<String> CREDENTIAL_FACTORIES = Set.of("AwsBasicCredentials", "AwsSessionCredentials");

    @Override
    public void check(JavaSource source, RuleContext context) {
        Set<Node> reportedArguments = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Expression> creations = new ArrayList<>();
        List<Expression> literals = new ArrayList<>();
        source.unit().walk(Expression.class, expression -> { // one walk for both kinds
            if (isCredentialCreation(expression)) {
                creations.add(expression);
            } else if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
                literals.add(expression);
            }
        });
        for (Expression creation : creations) {
            NodeList<Expression> arguments = arguments(creation);
            if (arguments.size() < 2) {
                continue;
            }
            Optional<String> secret = literalValue(arguments.get(1));
            if (secret.isEmpty() || PlaceholderValue.isPlaceholder(secret.get())) {
                continue;
            }
            reportedArguments.add(arguments.get(0));
            context.report(position(creation), "Literal AWS credentials are passed to " + typeOf(creation)
                    + " (secret of " + secret.get().length() + " characters, not shown). Remove them, rotate the "
                    + "key in IAM, and use the default credentials provider (the function's execution role); "
                    + "keep third-party secrets in Secrets Manager or SSM Parameter Store.");
        }
        for (Expression literal : literals) {
            if (reportedArguments.contains(literal)) {
                continue;
            }
            Matcher matcher = ACCESS_KEY.matcher(text(literal));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (key.contains("EXAMPLE")) {
                    continue; // AWS's documentation key, AKIAIOSFODNN7EXAMPLE
                }
                context.report(position(literal), "AWS access key ID " + mask(key) + " is written in the code. "
                        + "Remove it, deactivate and rotate the key in IAM, and use the default credentials "
                        + "provider (the function's execution role) instead.");
                break;
            }
        }
    }

    private static boolean isCredentialCreation(Expression expression) {
        if (expression instanceof ObjectCreationExpr creation) {
            return CREDENTIAL_CONSTRUCTORS.contains(creation.getType().getNameAsString());
        }
        if (expression instanceof MethodCallExpr call && call.getNameAsString().equals("create")) {
            return call.getScope().filter(s -> s instanceof NameExpr name
                    && CREDENTIAL_FACTORIES.contains(name.getNameAsString())).isPresent();
        }
        return false;
    }

    private static NodeList<Expression> arguments(Expression creation) {
        return creation instanceof ObjectCreationExpr constructor
                ? constructor.getArguments() : ((MethodCallExpr) creation).getArguments();
    }

    private static String typeOf(Expression creation) {
        return creation instanceof ObjectCreationExpr constructor
                ? "new " + constructor.getType().getNameAsString() + "(..)"
                : ((MethodCallExpr) creation).getScope().map(Names::lastName).orElse("") + ".create(..)";
    }

    /** A string literal, or a final field/variable of this file initialised with one. */
    private static Optional<String> literalValue(Expression expression) {
        if (expression instanceof StringLiteralExpr literal) {
            return Optional.of(literal.asString());
        }
        if (expression instanceof NameExpr) {
            return VariableLookup.resolve(expression)
                    .flatMap(VariableLookup.Declaration::initializer)
                    .filter(StringLiteralExpr.class::isInstance)
                    .map(e -> ((StringLiteralExpr) e).asString());
        }
        return Optional.empty();
    }

    private static String text(Expression literal) {
        return literal instanceof StringLiteralExpr s ? s.getValue() : ((TextBlockLiteralExpr) literal).getValue();
    }

    /** {@code AKIA************WXYZ}: enough to find the key in IAM, not enough to use it. */
    static String mask(String key) {
        return key.substring(0, 4) + "*".repeat(key.length() - 8) + key.substring(key.length() - 4);
    }

    private static SourcePosition position(Node node) {
        return node.getBegin().map(p -> new SourcePosition(p.line, p.column)).orElse(SourcePosition.START);
    }
}
