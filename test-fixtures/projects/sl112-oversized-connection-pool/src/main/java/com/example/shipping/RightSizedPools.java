package com.example.shipping;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.util.Properties;

/** Pools sized for one request at a time, and a size read from the environment. No findings. */
final class RightSizedPools {

    private RightSizedPools() {
    }

    static HikariDataSource single() {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }

    static HikariDataSource fromProperties() {
        Properties properties = new Properties();
        properties.setProperty("jdbcUrl", System.getenv("JDBC_URL"));
        properties.setProperty("maximumPoolSize", "2");
        return new HikariDataSource(new HikariConfig(properties));
    }

    static HikariDataSource configured() {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(Integer.parseInt(System.getenv().getOrDefault("DB_POOL_SIZE", "1")));
        return new HikariDataSource(config);
    }
}
