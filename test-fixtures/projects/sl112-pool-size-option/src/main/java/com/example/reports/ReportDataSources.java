package com.example.reports;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Pools of the report functions, which query in parallel through RDS Proxy (limit 5 in .serverless-lint.yml). */
final class ReportDataSources {

    private ReportDataSources() {
    }

    /** Four parallel queries per report: within the project's limit. */
    static HikariDataSource reporting() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("PROXY_JDBC_URL"));
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    /** Copied from the batch service: still above the raised limit. */
    static HikariDataSource export() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("PROXY_JDBC_URL"));
        config.setMaximumPoolSize(8); // expect: SL112
        return new HikariDataSource(config);
    }
}
