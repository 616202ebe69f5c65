package com.example.shipping;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** A HikariCP pool copied from a Spring Boot service: sized for a server with many request threads. */
final class ShipmentDataSource {

    private static final int POOL_SIZE = 10;

    private ShipmentDataSource() {
    }

    static HikariDataSource create() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("JDBC_URL"));
        config.setMaximumPoolSize(POOL_SIZE); // expect: SL112
        config.setMinimumIdle(2);
        return new HikariDataSource(config);
    }
}
