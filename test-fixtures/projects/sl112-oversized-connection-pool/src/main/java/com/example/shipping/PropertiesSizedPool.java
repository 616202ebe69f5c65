package com.example.shipping;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.util.Properties;

/** Sized in properties the code cannot see: not reported. */
final class PropertiesSizedPool {

    private PropertiesSizedPool() {
    }

    static HikariDataSource create(Properties settings) {
        return new HikariDataSource(new HikariConfig(settings));
    }
}
