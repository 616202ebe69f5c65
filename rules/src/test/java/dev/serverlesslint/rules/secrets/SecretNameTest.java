package dev.serverlesslint.rules.secrets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD", "dbPassword", "DB_PASS", "STRIPE_SECRET", "CLIENT_SECRET",
            "GITHUB_TOKEN", "authToken", "API_KEY", "apiKey", "X_APIKEY", "PRIVATE_KEY", "AWS_SECRET_ACCESS_KEY",
            "SIGNING_KEY", "db.password", "SMTP_CREDENTIALS"})
    void secretNames(String name) {
        assertTrue(SecretName.looksSecret(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TABLE_NAME", "DB_SECRET_ARN", "SECRET_NAME", "SECRET_ID", "TOKEN_TABLE_NAME",
            "JWT_SECRET_PARAM", "PASSWORD_MIN_LENGTH", "SESSION_TOKEN_TTL", "KEY_ALIAS", "AWS_ACCESS_KEY_ID",
            "PASSWORD_ITERATIONS", "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", "PASSENGER_COUNT", "BYPASS_CACHE",
            "MONKEY", "TOKENIZER_MODEL_VERSION", "SECRETS_MANAGER_ENDPOINT"})
    void notSecretNames(String name) {
        assertFalse(SecretName.looksSecret(name), name);
    }
}
