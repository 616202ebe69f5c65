package dev.serverlesslint.rules.secrets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an environment variable's name says it holds a secret: {@code DB_PASSWORD}, {@code apiKey},
 * {@code STRIPE_SECRET}, {@code GITHUB_TOKEN}, {@code PRIVATE_KEY}. Names that say they hold a
 * reference to a secret rather than the secret ({@code SECRET_ARN}, {@code TOKEN_TABLE_NAME},
 * {@code PASSWORD_PARAM}, {@code TOKEN_TTL}) do not.
 */
final class SecretName {

    private static final Set<String> SECRET_WORDS = Set.of(
            "PASSWORD", "PASSWD", "PASS", "PWD", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN", "CREDENTIAL",
            "CREDENTIALS", "APIKEY");

    /** Words that make {@code ..._KEY} a secret: API_KEY, PRIVATE_KEY, ... */
    private static final Set<String> KEY_QUALIFIERS = Set.of(
            "API", "PRIVATE", "SIGNING", "ENCRYPTION", "ACCESS", "MASTER", "CLIENT", "LICENSE");

    /** A last word that makes the variable a pointer to, or a property of, a secret. */
    private static final Set<String> REFERENCE_SUFFIXES = Set.of(
            "ARN", "NAME", "ID", "PATH", "PARAM", "PARAMETER", "TABLE", "BUCKET", "QUEUE", "TOPIC", "URL", "URI",
            "ENDPOINT", "HEADER", "TTL", "EXPIRY", "EXPIRATION", "LENGTH", "SIZE", "ENABLED", "REGION", "FILE",
            "TYPE", "FIELD", "ALGORITHM", "ISSUER", "AUDIENCE", "SECONDS", "MINUTES", "HOURS", "DAYS", "TIMEOUT",
            "VERSION", "PREFIX", "STORE", "ROTATION", "KEYID", "ALIAS", "LOCATION", "SOURCE", "PROVIDER", "MODE",
            "PORT", "HOST", "ITERATIONS", "COUNT", "ROUNDS", "LEVEL", "ENABLE", "CACHE", "MAX", "MIN", "LIMIT");

    private static final Pattern CAMEL_CASE_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");

    /** Settings of AWS's Parameters and Secrets Lambda extension: configuration, not secrets. */
    private static final String EXTENSION_SETTINGS = "PARAMETERS_SECRETS_EXTENSION_";

    private SecretName() {
    }

    static boolean looksSecret(String name) {
        List<String> words = words(name);
        if (name.toUpperCase(Locale.ROOT).startsWith(EXTENSION_SETTINGS) || words.isEmpty() || REFERENCE_SUFFIXES.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (SECRET_WORDS.contains(word)) {
                return true;
            }
            if (word.equals("KEY") && i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        String separated = CAMEL_CASE_BOUNDARY.matcher(name).replaceAll("$1_$2");
        return Arrays.stream(WORD_SEPARATORS.split(separated))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toUpperCase(Locale.ROOT))
                .toList();
    }
}
