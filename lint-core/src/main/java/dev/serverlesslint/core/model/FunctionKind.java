package dev.serverlesslint.core.model;

/** Where a function is declared. */
public enum FunctionKind {
    /** {@code functions.NAME} in serverless.yml. */
    SERVERLESS,
    /** {@code AWS::Serverless::Function} in a SAM template. */
    SAM,
    /** {@code AWS::Lambda::Function} in a CloudFormation or SAM template. */
    CLOUDFORMATION
}
