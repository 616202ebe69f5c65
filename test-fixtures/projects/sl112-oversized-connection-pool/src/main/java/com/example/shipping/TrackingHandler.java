package com.example.shipping;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.mchange.v2.c3p0.ComboPooledDataSource;
import org.hibernate.cfg.Configuration;

import java.util.Properties;

/** c3p0 directly, and Hibernate with a c3p0 pool from properties. */
public class TrackingHandler implements RequestHandler<SQSEvent, Void> {

    private static final ComboPooledDataSource POOL = new ComboPooledDataSource();
    private static final Properties HIBERNATE = new Properties();

    static {
        POOL.setJdbcUrl(System.getenv("JDBC_URL"));
        POOL.setMaxPoolSize(20); // expect: SL112
        HIBERNATE.setProperty("hibernate.c3p0.max_size", "15"); // expect: SL112
        HIBERNATE.setProperty("hibernate.c3p0.min_size", "5");
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        new Configuration().addProperties(HIBERNATE);
        return null;
    }
}
