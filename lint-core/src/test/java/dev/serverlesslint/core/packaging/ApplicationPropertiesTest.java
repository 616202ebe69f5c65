package dev.serverlesslint.core.packaging;

import dev.serverlesslint.core.finding.SourcePosition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationPropertiesTest {

    private static ApplicationProperties read(String path, String text) {
        return ApplicationProperties.read(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void propertiesKeysMatchWithRelaxedBindingAndPointAtTheLastSettingLine() {
        ApplicationProperties properties = read("app/src/main/resources/application.properties",
                "# pool\r\nspring.datasource.url = jdbc:postgresql://db/orders\r\n"
                        + "spring.datasource.hikari.maximumPoolSize=8\r\n  spring.datasource.hikari.maximum_pool_size: 12\n");
        ApplicationProperties.Setting size = properties.get("spring.datasource.hikari.maximum-pool-size").orElseThrow();
        assertEquals("12", size.value());
        assertEquals(new SourcePosition(4, 3), size.position());
        assertEquals(new SourcePosition(2, 1), properties.get("spring.datasource.url").orElseThrow().position());
        assertEquals(Optional.empty(), properties.get("spring.datasource.type"));
    }

    @Test
    void yamlMappingsFlattenToDottedKeysWithTheKeyPosition() {
        ApplicationProperties properties = read("src/main/resources/application.yml", """
                spring:
                  cloud:
                    function:
                      definition: uppercase|audit
                  datasource:
                    hikari:
                      maximum-pool-size: 20
                """);
        assertEquals("uppercase|audit", properties.get("spring.cloud.function.definition").orElseThrow().value());
        assertEquals(new SourcePosition(7, 7),
                properties.get("spring.datasource.hikari.maximumPoolSize").orElseThrow().position());
    }

    @Test
    void aBrokenFileHasNoSettings() {
        assertTrue(read("src/main/resources/application.yml", "spring: [unclosed\n").settings().isEmpty());
    }

    @Test
    void onlyTheModulesOwnMainResourcesAreApplicationProperties() {
        assertTrue(ApplicationProperties.isApplicationProperties("src/main/resources/application.properties"));
        assertTrue(ApplicationProperties.isApplicationProperties("orders/src/main/resources/config/application.yaml"));
        assertFalse(ApplicationProperties.isApplicationProperties("orders/src/test/resources/application.properties"));
        assertFalse(ApplicationProperties.isApplicationProperties("src/main/resources/application-local.properties"));
        assertFalse(ApplicationProperties.isApplicationProperties("application.properties"));
    }
}
