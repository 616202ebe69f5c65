package dev.serverlesslint.rules.iam;

import dev.serverlesslint.fixtures.FixtureProjects;
import dev.serverlesslint.fixtures.RuleCheck;
import org.junit.jupiter.api.Test;

/** SL214 on its own, with the messages, severities and columns users read. */
class WildcardIamRuleTest {

    @Test
    void roleDeclaredInListFormResources() {
        RuleCheck.of(new WildcardIamRule())
                .addFile("serverless.yml", """
                        service: ledger
                        provider:
                          name: aws
                          runtime: java21
                        functions:
                          post:
                            handler: com.example.PostHandler
                            role: LedgerRole
                        resources:
                          - Resources:
                              LedgerTable:
                                Type: AWS::DynamoDB::Table
                          - Resources:
                              LedgerRole:
                                Type: AWS::IAM::Role
                                Properties:
                                  Policies:
                                    - PolicyName: ledger
                                      PolicyDocument:
                                        Statement:
                                          - Effect: Allow
                                            Action: dynamodb:* # expect: SL214 severity=warning column=29 {{An IAM statement in role 'LedgerRole' allows Action 'dynamodb:*' to function 'post': every action of the service. List only the actions the code calls.}}
                                            Resource: !GetAtt LedgerTable.Arn
                                          - Effect: Allow
                                            Action: dynamodb:PutItem
                                            Resource: '*' # expect: SL214 severity=warning column=31 {{An IAM statement in role 'LedgerRole' allows 'dynamodb:PutItem' on Resource '*' to function 'post': on every resource of the account. Name the ARNs the code writes to (e.g. !GetAtt Table.Arn).}}
                        """)
                .assertExpectations();
    }

    @Test
    void aSharedStatementIsReportedOnceNamingEveryFunction() {
        RuleCheck.of(new WildcardIamRule())
                .addFile("serverless.yml", """
                        service: media
                        provider:
                          name: aws
                          runtime: java21
                          iamRoleStatements:
                            - Effect: Allow
                              Action: s3:PutObject
                              Resource: '*' # expect: SL214 column=17 {{An IAM statement in provider.iamRoleStatements allows 's3:PutObject' on Resource '*' to functions 'resize', 'transcode': on every resource of the account. Name the ARNs the code writes to (e.g. !GetAtt Table.Arn).}}
                        functions:
                          resize:
                            handler: com.example.ResizeHandler
                          transcode:
                            handler: com.example.TranscodeHandler
                        """)
                .assertExpectations();
    }

    @Test
    void theFixtureProjectWithMessages() {
        RuleCheck.of(new WildcardIamRule())
                .onProject(FixtureProjects.project("sl214-wildcard-iam"))
                .assertExpectations();
    }
}
