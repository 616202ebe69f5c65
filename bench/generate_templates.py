#!/usr/bin/env python3
"""Writes the benchmark's deployment templates, deterministically (same arguments, same bytes).

    generate_templates.py OUT_DIR [--sam-files N] [--serverless-files N] [--functions-per-file N]

OUT_DIR/sam/template-NN.yaml       AWS SAM templates (also what cfn-lint lints)
OUT_DIR/serverless/svc-NN/serverless.yml   Serverless Framework services

The functions vary by index (event source, memory, timeout, runtime, environment, policies) so
that the templates look like real projects and a few rules fire (for example some functions have
no timeout), as in real code bases.
"""
import argparse
import os

RUNTIMES = ["java21", "java17", "java11", "java21"]
MEMORY = [512, 1024, 1536, 2048, 3008]


def sam_function(t, i):
    name = f"Orders{t:02d}Fn{i:03d}"
    lines = [
        f"  {name}:",
        "    Type: AWS::Serverless::Function",
        "    Properties:",
        f"      FunctionName: !Sub '${{AWS::StackName}}-orders-{t:02d}-{i:03d}'",
        f"      Handler: com.example.orders{t:02d}.fn{i:03d}.Handler::handleRequest",
        f"      Runtime: {RUNTIMES[i % len(RUNTIMES)]}",
        "      CodeUri: target/orders.jar",
        f"      MemorySize: {MEMORY[i % len(MEMORY)]}",
    ]
    if i % 7 != 3:
        lines.append(f"      Timeout: {10 + (i % 5) * 10}")
    if i % 4 == 0:
        lines += ["      SnapStart:", "        ApplyOn: PublishedVersions", "      AutoPublishAlias: live"]
    lines += [
        "      Environment:",
        "        Variables:",
        "          TABLE_NAME: !Ref OrdersTable",
        f"          STAGE: !Ref Stage",
        f"          FEATURE_FLAG_{i % 10}: 'on'",
        "      Policies:",
        "        - DynamoDBCrudPolicy:",
        "            TableName: !Ref OrdersTable",
    ]
    kind = i % 4
    if kind == 0:
        lines += ["      Events:", "        Api:", "          Type: Api", "          Properties:",
                  f"            Path: /orders{t:02d}/fn{i:03d}/{{id}}", f"            Method: {['get', 'post', 'put', 'delete'][(i // 4) % 4]}"]
    elif kind == 1:
        lines += ["        - SQSPollerPolicy:", "            QueueName: !GetAtt OrdersQueue.QueueName",
                  "      Events:", "        Queue:", "          Type: SQS", "          Properties:",
                  "            Queue: !GetAtt OrdersQueue.Arn", f"            BatchSize: {1 + i % 10}"]
    elif kind == 2:
        lines += ["      Events:", "        Nightly:", "          Type: Schedule", "          Properties:",
                  f"            Schedule: cron({i % 60} {i % 24} * * ? *)"]
    else:
        lines += ["      Events:", "        Stream:", "          Type: DynamoDB", "          Properties:",
                  "            Stream: !GetAtt OrdersTable.StreamArn", "            StartingPosition: LATEST",
                  f"            BatchSize: {10 * (1 + i % 10)}"]
    return lines


def sam_template(t, functions):
    lines = [
        "AWSTemplateFormatVersion: '2010-09-09'",
        "Transform: AWS::Serverless-2016-10-31",
        f"Description: Generated benchmark service {t:02d} ({functions} functions)",
        "Parameters:",
        "  Stage:",
        "    Type: String",
        "    Default: dev",
        "Globals:",
        "  Function:",
        "    Architectures:",
        "      - arm64",
        "    Tracing: Active",
        "Resources:",
        "  OrdersTable:",
        "    Type: AWS::DynamoDB::Table",
        "    Properties:",
        "      BillingMode: PAY_PER_REQUEST",
        "      AttributeDefinitions:",
        "        - AttributeName: pk",
        "          AttributeType: S",
        "      KeySchema:",
        "        - AttributeName: pk",
        "          KeyType: HASH",
        "      StreamSpecification:",
        "        StreamViewType: NEW_AND_OLD_IMAGES",
        "  OrdersQueue:",
        "    Type: AWS::SQS::Queue",
        "    Properties:",
        "      VisibilityTimeout: 360",
    ]
    for i in range(functions):
        lines += sam_function(t, i)
    lines += ["Outputs:", "  TableName:", "    Value: !Ref OrdersTable"]
    return "\n".join(lines) + "\n"


def serverless_service(s, functions):
    lines = [
        f"service: billing-{s:02d}",
        "frameworkVersion: '3'",
        "provider:",
        "  name: aws",
        "  runtime: java21",
        "  region: eu-west-1",
        "  stage: ${opt:stage, 'dev'}",
        "  memorySize: 1024",
        "  environment:",
        "    TABLE_NAME: ${self:service}-${sls:stage}",
        "package:",
        "  artifact: target/billing.jar",
        "functions:",
    ]
    for i in range(functions):
        lines += [f"  fn{i:03d}:", f"    handler: com.example.billing{s:02d}.Fn{i:03d}Handler::handleRequest"]
        if i % 6 != 2:
            lines.append(f"    timeout: {6 + (i % 4) * 6}")
        if i % 3 == 0:
            lines.append(f"    memorySize: {MEMORY[i % len(MEMORY)]}")
        kind = i % 3
        if kind == 0:
            lines += ["    events:", "      - http:", f"          path: billing{s:02d}/fn{i:03d}", "          method: post"]
        elif kind == 1:
            lines += ["    events:", "      - sqs:", f"          arn: arn:aws:sqs:eu-west-1:123456789012:billing-{s:02d}",
                      f"          batchSize: {1 + i % 10}"]
        else:
            lines += ["    events:", f"      - schedule: rate({1 + i % 30} minutes)"]
    lines += ["resources:", "  Resources:", "    BillingTable:", "      Type: AWS::DynamoDB::Table", "      Properties:",
              "        BillingMode: PAY_PER_REQUEST", "        AttributeDefinitions:", "          - AttributeName: pk",
              "            AttributeType: S", "        KeySchema:", "          - AttributeName: pk", "            KeyType: HASH"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--sam-files", type=int, default=4)
    parser.add_argument("--serverless-files", type=int, default=8)
    parser.add_argument("--functions-per-file", type=int, default=25)
    args = parser.parse_args()
    os.makedirs(os.path.join(args.out, "sam"), exist_ok=True)
    for t in range(args.sam_files):
        with open(os.path.join(args.out, "sam", f"template-{t:02d}.yaml"), "w", newline="\n") as f:
            f.write(sam_template(t, args.functions_per_file))
    for s in range(args.serverless_files):
        directory = os.path.join(args.out, "serverless", f"svc-{s:02d}")
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, "serverless.yml"), "w", newline="\n") as f:
            f.write(serverless_service(s, args.functions_per_file))


if __name__ == "__main__":
    main()
