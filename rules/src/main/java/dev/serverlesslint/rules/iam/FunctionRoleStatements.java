package dev.serverlesslint.rules.iam;

import dev.serverlesslint.core.config.ConfigDocument;
import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.rules.templates.TemplateExpression;
import dev.serverlesslint.rules.templates.TemplateResources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IAM statements a function's execution role grants, as far as the file says:
 * <ul>
 * <li>serverless.yml: the function's {@code role} (a role in {@code resources}), else its own
 * {@code iamRoleStatements} (per-function roles plugin), else {@code provider.iam.role.statements},
 * {@code provider.iamRoleStatements}, or the role named by {@code provider.iam.role} / {@code provider.role};</li>
 * <li>SAM: the role named by {@code Role}, else inline policy documents in {@code Policies} (policy
 * templates are scoped by SAM and not statements; see {@link #samPolicyTemplates});</li>
 * <li>CloudFormation: the role named by {@code Role}: its inline {@code Policies}, managed policies of
 * the file in {@code ManagedPolicyArns}, and {@code AWS::IAM::Policy}/{@code ManagedPolicy}/
 * {@code RolePolicy} resources attached to it.</li>
 * </ul>
 * A role outside the file (an ARN, a parameter, an import) contributes nothing: it is unknown.
 */
public final class FunctionRoleStatements {

    private static final String ROLE = "AWS::IAM::Role";
    private static final String MANAGED_POLICY = "AWS::IAM::ManagedPolicy";

    private FunctionRoleStatements() {
    }

    public static List<IamStatement> of(LambdaFunction function) {
        ConfigDocument document = function.document();
        ConfigValue properties = function.properties();
        if (function.kind() == FunctionKind.SERVERLESS) {
            return serverless(document, properties, function.defaults());
        }
        ConfigValue role = properties.get("Role");
        if (role.isPresent()) {
            return roleStatements(document, role);
        }
        if (function.kind() == FunctionKind.SAM) {
            return samPolicies(document, properties.get("Policies"));
        }
        return List.of();
    }

    /** SAM policy templates in {@code Policies}: one-entry mappings such as {@code LambdaInvokePolicy: {..}}. */
    public static List<ConfigValue.Entry> samPolicyTemplates(LambdaFunction function) {
        if (function.kind() != FunctionKind.SAM || function.properties().get("Role").isPresent()) {
            return List.of();
        }
        ConfigValue policies = function.properties().get("Policies");
        List<ConfigValue> items = policies.isSequence() ? policies.items() : List.of(policies);
        List<ConfigValue.Entry> templates = new ArrayList<>();
        for (ConfigValue item : items) {
            if (item.isMapping() && item.isLiteral() && item.entries().size() == 1
                    && !item.get("Statement").isPresent()) {
                templates.add(item.entries().get(0));
            }
        }
        return templates;
    }

    private static List<IamStatement> serverless(ConfigDocument document, ConfigValue function, ConfigValue provider) {
        ConfigValue ownRole = function.get("role");
        if (ownRole.isPresent()) {
            return roleStatements(document, ownRole);
        }
        ConfigValue ownStatements = function.get("iamRoleStatements");
        if (ownStatements.isPresent()) {
            return statements(ownStatements, "the function's iamRoleStatements");
        }
        List<IamStatement> granted = new ArrayList<>();
        ConfigValue iamRole = provider.at("iam", "role");
        if (iamRole.isMapping() && iamRole.isLiteral()) {
            granted.addAll(statements(iamRole.get("statements"), "provider.iam.role.statements"));
        } else if (iamRole.isPresent()) {
            return roleStatements(document, iamRole);
        } else if (provider.get("role").isPresent()) {
            return roleStatements(document, provider.get("role"));
        }
        granted.addAll(statements(provider.get("iamRoleStatements"), "provider.iamRoleStatements"));
        return granted;
    }

    private static List<IamStatement> statements(ConfigValue statementList, String origin) {
        return IamStatement.statementsOf(statementList).stream().map(s -> new IamStatement(s, origin)).toList();
    }

    private static List<IamStatement> samPolicies(ConfigDocument document, ConfigValue policies) {
        List<ConfigValue> items = policies.isSequence() ? policies.items() : List.of(policies);
        List<IamStatement> granted = new ArrayList<>();
        for (ConfigValue item : items) {
            if (item.isMapping() && item.isLiteral() && item.get("Statement").isPresent()) {
                granted.addAll(statements(item.get("Statement"), "the function's Policies"));
            } else {
                TemplateExpression.referencedName(item)
                        .flatMap(name -> TemplateResources.find(document, name, MANAGED_POLICY))
                        .ifPresent(policy -> granted.addAll(statements(
                                policy.value().at("Properties", "PolicyDocument", "Statement"),
                                "managed policy '" + policy.name() + "'")));
            }
        }
        return granted;
    }

    /** The statements of the role a function names, when that role is declared in the file. */
    private static List<IamStatement> roleStatements(ConfigDocument document, ConfigValue roleValue) {
        Optional<String> roleName = roleLogicalName(roleValue);
        if (roleName.isEmpty()) {
            return List.of();
        }
        Optional<ConfigValue.Entry> role = TemplateResources.find(document, roleName.get(), ROLE);
        if (role.isEmpty()) {
            return List.of();
        }
        String origin = "role '" + roleName.get() + "'";
        List<IamStatement> granted = new ArrayList<>();
        ConfigValue properties = role.get().value().get("Properties");
        for (ConfigValue policy : properties.get("Policies").items()) {
            granted.addAll(statements(policy.at("PolicyDocument", "Statement"), origin));
        }
        for (ConfigValue arn : properties.get("ManagedPolicyArns").items()) {
            TemplateExpression.referencedName(arn)
                    .flatMap(name -> TemplateResources.find(document, name, MANAGED_POLICY))
                    .ifPresent(policy -> granted.addAll(statements(
                            policy.value().at("Properties", "PolicyDocument", "Statement"),
                            "managed policy '" + policy.name() + "'")));
        }
        for (ConfigValue.Entry resource : TemplateResources.of(document).entries()) {
            String type = resource.value().get("Type").text().orElse("");
            ConfigValue resourceProperties = resource.value().get("Properties");
            boolean attached = switch (type) {
                case "AWS::IAM::Policy", MANAGED_POLICY -> resourceProperties.get("Roles").items().stream()
                        .anyMatch(r -> TemplateExpression.referencedName(r).filter(roleName.get()::equals).isPresent());
                case "AWS::IAM::RolePolicy" -> TemplateExpression.referencedName(resourceProperties.get("RoleName"))
                        .filter(roleName.get()::equals).isPresent();
                default -> false;
            };
            if (attached && !properties.get("ManagedPolicyArns").items().stream()
                    .anyMatch(a -> TemplateExpression.referencedName(a).filter(resource.name()::equals).isPresent())) {
                granted.addAll(statements(resourceProperties.at("PolicyDocument", "Statement"),
                        "policy '" + resource.name() + "'"));
            }
        }
        return granted;
    }

    /** {@code !GetAtt R.Arn}, {@code !Ref R}, {@code ${R.Arn}}, or (serverless.yml) a bare logical name. */
    private static Optional<String> roleLogicalName(ConfigValue role) {
        Optional<String> referenced = TemplateExpression.referencedName(role);
        if (referenced.isPresent()) {
            return referenced;
        }
        return role.asLiteralText().map(String::trim).filter(name -> name.matches("[A-Za-z0-9]+"));
    }
}
