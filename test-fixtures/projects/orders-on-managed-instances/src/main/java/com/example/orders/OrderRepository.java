package com.example.orders;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Orders in PostgreSQL through a small pool, sized for one request per environment. */
class OrderRepository {

    private final HikariDataSource dataSource;

    OrderRepository() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("ORDERS_JDBC_URL"));
        config.setMaximumPoolSize(2);  // Managed Instances: SL220
        dataSource = new HikariDataSource(config);
    }

    void save(String id, Order order) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into orders(id, amount) values (?, ?)")) {
            insert.setString(1, id);
            insert.setBigDecimal(2, order.amount());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
