package com.example.billing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;

/** A small validating pool: the recommended shape. No findings. */
final class BillingDataSource {

    private BillingDataSource() {
    }

    static DataSource create() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("JDBC_URL"));
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }
}
