package com.example.shipping;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** HikariCP pools nobody sized: Hikari's default of 10 connections per environment. */
final class DefaultSizedPools {

    private DefaultSizedPools() {
    }

    static HikariDataSource fromConfig() {
        HikariConfig config = new HikariConfig(); // expect: SL112
        config.setJdbcUrl(System.getenv("JDBC_URL"));
        return new HikariDataSource(config);
    }

    static HikariDataSource direct() {
        HikariDataSource pool = new HikariDataSource(); // expect: SL112
        pool.setJdbcUrl(System.getenv("JDBC_URL"));
        return pool;
    }
}
