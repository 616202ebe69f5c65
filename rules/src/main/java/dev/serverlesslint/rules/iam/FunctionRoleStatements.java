package dev.serverlesslint.rules.iam;

import dev.serverlesslint.core.config.ConfigValue;
import dev.serverlesslint.core.model.FunctionKind;
import dev.serverlesslint.core.model.LambdaFunction;
import dev.serverlesslint.core.model.TemplateExpression;
import dev.serverlesslint.core.model.TemplateResources;
import dev.serverlesslint.core.model.TemplateResources.Resource;

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

    /** The statements granted to a function, with {@code resources} the resources of its file (from the model). */
    public static List<IamStatement> of(LambdaFunction function, TemplateResources resources) {
        ConfigValue properties = function.properties();
        if (function.kind() == FunctionKind.SERVERLESS) {
            return serverless(resources, properties, function.defaults());
        }
        ConfigValue role = properties.get("Role");
        if (role.isPresent()) {
            return roleStatements(resources, role);
        }
        if (function.kind() == FunctionKind.SAM) {
            return samPolicies(resources, properties.get("Policies"));
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

    private static List<IamStatement> serverless(TemplateResources resources, ConfigValue function,
                                                 ConfigValue provider) {
        ConfigValue ownRole = function.get("role");
        if (ownRole.isPresent()) {
            return roleStatements(resources, ownRole);
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
            return roleStatements(resources, iamRole);
        } else if (provider.get("role").isPresent()) {
            return roleStatements(resources, provider.get("role"));
        }
        granted.addAll(statements(provider.get("iamRoleStatements"), "provider.iamRoleStatements"));
        return granted;
    }

    private static List<IamStatement> statements(ConfigValue statementList, String origin) {
        return IamStatement.statementsOf(statementList).stream().map(s -> new IamStatement(s, origin)).toList();
    }

    private static List<IamStatement> samPolicies(TemplateResources resources, ConfigValue policies) {
        List<ConfigValue> items = policies.isSequence() ? policies.items() : List.of(policies);
        List<IamStatement> granted = new ArrayList<>();
        for (ConfigValue item : items) {
            if (item.isMapping() && item.isLiteral() && item.get("Statement").isPresent()) {
                granted.addAll(statements(item.get("Statement"), "the function's Policies"));
            } else {
                TemplateExpression.referencedLogicalId(item)
                        .flatMap(name -> resources.get(name, MANAGED_POLICY))
                        .ifPresent(policy -> granted.addAll(managedPolicyStatements(policy)));
            }
        }
        return granted;
    }

    /** The statements of the role a function names, when that role is declared in the file. */
    private static List<IamStatement> roleStatements(TemplateResources resources, ConfigValue roleValue) {
        Optional<String> roleName = roleLogicalName(roleValue);
        if (roleName.isEmpty()) {
            return List.of();
        }
        Optional<Resource> role = resources.get(roleName.get(), ROLE);
        if (role.isEmpty()) {
            return List.of();
        }
        String origin = "role '" + roleName.get() + "'";
        List<IamStatement> granted = new ArrayList<>();
        ConfigValue properties = role.get().properties();
        for (ConfigValue policy : properties.get("Policies").items()) {
            granted.addAll(statements(policy.at("PolicyDocument", "Statement"), origin));
        }
        for (ConfigValue arn : properties.get("ManagedPolicyArns").items()) {
            TemplateExpression.referencedLogicalId(arn)
                    .flatMap(name -> resources.get(name, MANAGED_POLICY))
                    .ifPresent(policy -> granted.addAll(managedPolicyStatements(policy)));
        }
        for (Resource resource : resources.all()) {
            ConfigValue resourceProperties = resource.properties();
            boolean attached = switch (resource.type()) {
                case "AWS::IAM::Policy", MANAGED_POLICY -> resourceProperties.get("Roles").items().stream()
                        .anyMatch(r -> TemplateExpression.referencedLogicalId(r).filter(roleName.get()::equals)
                                .isPresent());
                case "AWS::IAM::RolePolicy" -> TemplateExpression.referencedLogicalId(resourceProperties.get("RoleName"))
                        .filter(roleName.get()::equals).isPresent();
                default -> false;
            };
            if (attached && properties.get("ManagedPolicyArns").items().stream().noneMatch(a ->
                    TemplateExpression.referencedLogicalId(a).filter(resource.logicalId()::equals).isPresent())) {
                granted.addAll(statements(resourceProperties.at("PolicyDocument", "Statement"),
                        "policy '" + resource.logicalId() + "'"));
            }
        }
        return granted;
    }

    private static List<IamStatement> managedPolicyStatements(Resource policy) {
        return statements(policy.properties().at("PolicyDocument", "Statement"),
                "managed policy '" + policy.logicalId() + "'");
    }

    /** {@code !GetAtt R.Arn}, {@code !Ref R}, {@code ${R.Arn}}, or (serverless.yml) a bare logical name. */
    private static Optional<String> roleLogicalName(ConfigValue role) {
        Optional<String> referenced = TemplateExpression.referencedLogicalId(role);
        if (referenced.isPresent()) {
            return referenced;
        }
        return role.asLiteralText().map(String::trim).filter(name -> name.matches("[A-Za-z0-9]+"));
    }
}
