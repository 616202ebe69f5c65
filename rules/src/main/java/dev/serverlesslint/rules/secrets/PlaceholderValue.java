package dev.serverlesslint.rules.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises values that are obviously not real secrets: documentation and test placeholders
 * ({@code DUMMYEXAMPLEKEY}, {@code <Fixer API key>}, {@code changeme}, LocalStack's {@code test}),
 * so that the credential rules report real secrets only.
 */
public final class PlaceholderValue {

    private static final Set<String> PLACEHOLDERS = Set.of("foo", "bar", "x", "xxx", "none", "null", "secret",
            "password", "key", "accesskey", "secretkey");
    /** Words that mark a made-up value: {@code fakeSecretAccessKey}, {@code dummy}, {@code localstack}... */
    private static final Pattern PLACEHOLDER_WORD = Pattern.compile(
            "(?i).*(fake|dummy|test|example|placeholder|changeme|change_me|localstack|minio|mock|your|redacted).*");
    /** Shapes of placeholders: {@code <API key>}, {@code ${...}}, {@code ****}, {@code xxxx}, {@code SOME_NAME}. */
    private static final Pattern PLACEHOLDER_SHAPE = Pattern.compile("[A-Z_\\-<>{}$.]+|.*\\$\\{.*|<.*>|\\*+|x+");

    private PlaceholderValue() {
    }

    public static boolean isPlaceholder(String value) {
        String trimmed = value.trim();
        return trimmed.length() < 4 || PLACEHOLDERS.contains(trimmed.toLowerCase(Locale.ROOT))
                || PLACEHOLDER_WORD.matcher(trimmed).matches() || PLACEHOLDER_SHAPE.matcher(trimmed).matches();
    }
}
