package dev.serverlesslint.core.location;

/**
 * A named stretch of lines in a file that findings can belong to: a Java declaration, a configured
 * Lambda function, a CloudFormation resource, or a top-level section of a configuration file.
 *
 * @param kind      what the region is
 * @param name      a stable name: {@code Outer.Inner#method(String,Context)}, {@code functions.hello},
 *                  {@code Resources.OrderFunction}, {@code provider}
 * @param logicalName the function's or resource's logical name (for {@link Kind#FUNCTION} and
 *                  {@link Kind#RESOURCE}), otherwise {@code null}
 * @param firstLine first line, 1-based
 * @param lastLine  last line, inclusive
 */
public record CodeRegion(Kind kind, String name, String logicalName, int firstLine, int lastLine) {

    public enum Kind {
        /** A Java type, method, constructor, field or initializer. */
        DECLARATION,
        /** A function under {@code functions} in serverless.yml. */
        FUNCTION,
        /** A resource under {@code Resources} in a CloudFormation or SAM template. */
        RESOURCE,
        /** A top-level key of a configuration file. */
        SECTION
    }

    public boolean contains(int line) {
        return line >= firstLine && line <= lastLine;
    }

    /** A Lambda function or a resource: suppressions on its key cover all of it. */
    public boolean isFunctionOrResource() {
        return kind == Kind.FUNCTION || kind == Kind.RESOURCE;
    }

    int span() {
        return lastLine - firstLine;
    }
}
