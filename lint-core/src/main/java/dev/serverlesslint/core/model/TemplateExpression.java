package dev.serverlesslint.core.model;

import dev.serverlesslint.core.config.ConfigValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CloudFormation string expression as a template in {@code Fn::Sub} syntax: literal text,
 * with {@code ${Name}} for a {@code Ref} and {@code ${Name.Attribute}} for a {@code Fn::GetAtt}.
 * {@code !Ref}, {@code !GetAtt}, {@code !Sub} (both forms) and {@code Fn::Join} are understood, in
 * short and long form. Anything else (conditions, imports, lookups) has no template: empty.
 * <p>
 * This lets rules compare what two expressions refer to without evaluating them, e.g. a log group
 * named {@code !Sub /aws/lambda/${Fn}} and one named {@code !Join ['', ['/aws/lambda/', !Ref Fn]]}
 * both read as {@code /aws/lambda/${Fn}}. It is also the project's one resolver of intrinsic
 * references: which logical ID a value points to ({@link #referencedLogicalId}) or mentions
 * anywhere inside it ({@link #referencedLogicalIds}).
 */
public final class TemplateExpression {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private TemplateExpression() {
    }

    /** The expression as a Sub-style template, or empty when it cannot be read as one. */
    public static Optional<String> of(ConfigValue value) {
        String tag = value.tag().orElse("");
        if (value.isScalar()) {
            String text = value.text().orElse(null);
            if (text == null) {
                return Optional.empty();
            }
            return switch (tag) {
                case "" -> Optional.of(text);
                case "!Ref" -> Optional.of("${" + text.trim() + "}");
                case "!GetAtt" -> Optional.of("${" + text.trim() + "}");
                case "!Sub" -> Optional.of(text);
                default -> Optional.empty();
            };
        }
        if (value.isSequence()) {
            return switch (tag) {
                case "!Sub" -> substitute(value.items());
                case "!Join" -> join(value.items());
                case "!GetAtt" -> getAtt(value.items());
                default -> Optional.empty();
            };
        }
        if (value.isIntrinsicFunction()) {
            ConfigValue.Entry entry = value.entries().get(0);
            ConfigValue argument = entry.value();
            return switch (entry.name()) {
                case "Ref" -> argument.text().map(t -> "${" + t.trim() + "}");
                case "Fn::GetAtt" -> argument.isSequence()
                        ? getAtt(argument.items())
                        : argument.text().map(t -> "${" + t.trim() + "}");
                case "Fn::Sub" -> argument.isSequence() ? substitute(argument.items()) : argument.text();
                case "Fn::Join" -> argument.isSequence() ? join(argument.items()) : Optional.empty();
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /**
     * The logical ID a value points to when it is exactly one reference: {@code !Ref X},
     * {@code !GetAtt X.Attr}, {@code !GetAtt [X, Attr]}, their long forms, or a {@code !Sub} /
     * {@code Fn::Join} whose whole text is one {@code ${X}} or {@code ${X.Attr}}. A function's
     * {@code Role: !GetAtt R.Arn} gives R; pseudo parameters ({@code ${AWS::Region}}) give nothing.
     */
    public static Optional<String> referencedLogicalId(ConfigValue value) {
        return of(value).map(String::strip).flatMap(TemplateExpression::singleReference);
    }

    /** Every logical ID a value mentions anywhere inside it ({@code Ref}, {@code GetAtt}, Sub placeholders). */
    public static Set<String> referencedLogicalIds(ConfigValue value) {
        Set<String> ids = new LinkedHashSet<>();
        collectReferences(value, ids, 0);
        return ids;
    }

    private static void collectReferences(ConfigValue value, Set<String> ids, int depth) {
        if (depth > 50) {
            return;
        }
        String tag = value.tag().orElse("");
        if (tag.equals("!Ref") || tag.equals("!GetAtt")) {
            referencedLogicalId(value).ifPresent(ids::add);
        } else if (tag.equals("!Sub")) {
            value.text().ifPresent(text -> placeholders(text, ids));
        }
        if (value.isIntrinsicFunction()) {
            ConfigValue.Entry only = value.entries().get(0);
            if (only.name().equals("Ref") || only.name().equals("Fn::GetAtt")) {
                referencedLogicalId(value).ifPresent(ids::add);
            }
            if (only.name().equals("Fn::Sub")) {
                only.value().text().ifPresent(text -> placeholders(text, ids));
            }
        }
        if (value.isScalar() && tag.isEmpty() && depth > 0) {
            // a string inside a Sub list form, e.g. [ '${Queue.Arn}', {...} ]
            value.text().filter(t -> t.contains("${")).ifPresent(text -> placeholders(text, ids));
        }
        for (ConfigValue item : value.items()) {
            collectReferences(item, ids, depth + 1);
        }
        for (ConfigValue.Entry entry : value.entries()) {
            collectReferences(entry.value(), ids, depth + 1);
        }
    }

    private static void placeholders(String text, Set<String> ids) {
        for (int[] span : spans(text, true)) {
            String name = text.substring(span[0] + 2, span[1] - 1).trim();
            int dot = name.indexOf('.');
            name = (dot < 0 ? name : name.substring(0, dot)).trim();
            if (!name.contains(":")) {
                ids.add(name);
            }
        }
    }

    /** The logical name of a template that is exactly one reference, {@code ${Name}} or {@code ${Name.Attr}}. */
    public static Optional<String> singleReference(String template) {
        Matcher matcher = VARIABLE.matcher(template);
        if (matcher.matches()) {
            String name = matcher.group(1).trim();
            int dot = name.indexOf('.');
            String logical = dot > 0 ? name.substring(0, dot) : name;
            return logical.contains(":") || logical.isEmpty() ? Optional.empty() : Optional.of(logical);
        }
        return Optional.empty();
    }

    /** Whether a template has no references at all, i.e. is plain text. */
    public static boolean isPlainText(String template) {
        return !template.contains("${");
    }

    private static Optional<String> getAtt(List<ConfigValue> items) {
        if (items.size() != 2) {
            return Optional.empty();
        }
        Optional<String> name = items.get(0).asLiteralText();
        Optional<String> attribute = items.get(1).asLiteralText();
        return name.isPresent() && attribute.isPresent()
                ? Optional.of("${" + name.get().trim() + "." + attribute.get().trim() + "}")
                : Optional.empty();
    }

    private static Optional<String> substitute(List<ConfigValue> items) {
        if (items.isEmpty() || items.size() > 2) {
            return Optional.empty();
        }
        Optional<String> template = items.get(0).text().filter(t -> items.get(0).tag().isEmpty());
        if (template.isEmpty()) {
            return Optional.empty();
        }
        if (items.size() == 1) {
            return template;
        }
        Map<String, String> variables = new HashMap<>();
        for (ConfigValue.Entry entry : items.get(1).entries()) {
            Optional<String> replacement = of(entry.value());
            if (replacement.isEmpty()) {
                return Optional.empty();
            }
            variables.put(entry.name(), replacement.get());
        }
        String text = template.get();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int[] span : spans(text, false)) {
            String variable = text.substring(span[0], span[1]);
            String name = variable.substring(2, variable.length() - 1).trim();
            out.append(text, copied, span[0]).append(variables.getOrDefault(name, variable));
            copied = span[1];
        }
        return Optional.of(out.append(text, copied, text.length()).toString());
    }

    /**
     * The {@code ${...}} spans of a Sub text, as {@code [start, end)} with {@code end} just past the
     * closing brace, found in one pass. With {@code referencesOnly}, {@code ${}} and the escape
     * {@code ${!Literal}} are skipped. (A regular expression found the same spans, but in quadratic
     * time on {@code ${a${a${a...} without a closing brace: minutes for a 240 KB value.)
     */
    static List<int[]> spans(String text, boolean referencesOnly) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        int close = -1; // the first '}' at or after the current start + 2, once found
        while (true) {
            int start = text.indexOf("${", from);
            if (start < 0) {
                break;
            }
            if (close < start + 2) {
                close = text.indexOf('}', start + 2);
                if (close < 0) {
                    break; // no closing brace after here: no placeholder either
                }
            }
            if (referencesOnly && (close == start + 2 || text.charAt(start + 2) == '!')) {
                from = start + 1;
                continue;
            }
            spans.add(new int[] {start, close + 1});
            from = close + 1;
        }
        return spans;
    }

    private static Optional<String> join(List<ConfigValue> items) {
        if (items.size() != 2 || !items.get(1).isSequence()) {
            return Optional.empty();
        }
        Optional<String> delimiter = items.get(0).asLiteralText();
        if (delimiter.isEmpty() && items.get(0).isScalar() && items.get(0).tag().isEmpty()) {
            delimiter = Optional.of("");
        }
        if (delimiter.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        List<ConfigValue> parts = items.get(1).items();
        for (int i = 0; i < parts.size(); i++) {
            Optional<String> part = of(parts.get(i));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            if (i > 0) {
                out.append(delimiter.get());
            }
            out.append(part.get());
        }
        return Optional.of(out.toString());
    }
}
