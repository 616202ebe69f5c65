package dev.serverlesslint.rules.observability;

import dev.serverlesslint.fixtures.FixtureProjects;
import dev.serverlesslint.fixtures.RuleCheck;
import org.junit.jupiter.api.Test;

/** SL213 on its own, with the messages, severities and columns users read. */
class MissingLogRetentionRuleTest {

    @Test
    void listFormResourcesDeclareLogGroupsToo() {
        // A serverless.yml may write resources: as a list; a group declared in any item counts.
        RuleCheck.of(new MissingLogRetentionRule())
                .addFile("serverless.yml", """
                        service: billing
                        provider:
                          name: aws
                          runtime: java21
                        functions:
                          invoice:
                            handler: com.example.InvoiceHandler
                          export:
                            handler: com.example.ExportHandler
                          audit: # expect: SL213 severity=note column=3 {{Function 'audit' keeps its logs forever: no 'logRetentionInDays' on it or in 'provider'. Set 'provider.logRetentionInDays' (e.g. 30).}}
                            handler: com.example.AuditHandler
                        resources:
                          - Resources:
                              InvoiceLogGroup:
                                Type: AWS::Logs::LogGroup
                                Properties:
                                  RetentionInDays: 14
                          - Resources:
                              ExportLogGroup: # expect: SL213 severity=note column=7 {{Log group 'ExportLogGroup' of function 'export' has no RetentionInDays, so its logs are kept forever. Set RetentionInDays (e.g. 30).}}
                                Type: AWS::Logs::LogGroup
                        """)
                .assertExpectations();
    }

    @Test
    void samFunctionWithoutGroup() {
        RuleCheck.of(new MissingLogRetentionRule())
                .addFile("template.yaml", """
                        AWSTemplateFormatVersion: '2010-09-09'
                        Transform: AWS::Serverless-2016-10-31
                        Resources:
                          Orders: # expect: SL213 severity=note column=3 {{Function 'Orders' keeps its logs forever: no AWS::Logs::LogGroup with RetentionInDays for it in this file. Declare one named !Sub '/aws/lambda/${Orders}' with RetentionInDays (e.g. 30).}}
                            Type: AWS::Serverless::Function
                            Properties:
                              Runtime: java21
                              Handler: com.example.OrdersHandler
                          Payments:
                            Type: AWS::Serverless::Function
                            Properties:
                              Runtime: java21
                              Handler: com.example.PaymentsHandler
                          PaymentsLogs:
                            Type: AWS::Logs::LogGroup
                            Properties:
                              LogGroupName: !Join ['', ['/aws/lambda/', !Ref Payments]]
                              RetentionInDays: 30
                        """)
                .assertExpectations();
    }

    @Test
    void theFixtureProjectWithMessages() {
        RuleCheck.of(new MissingLogRetentionRule())
                .onProject(FixtureProjects.project("sl213-log-retention"))
                .assertExpectations();
    }
}
