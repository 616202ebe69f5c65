package com.example.shipping;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

import java.util.Map;

/** A DBCP pool that is too large, next to an HTTP connection pool that is not a database pool. */
public class LabelPrinterHandler implements RequestHandler<Map<String, String>, String> {

    private static final BasicDataSource DATABASE = new BasicDataSource();
    private static final PoolingHttpClientConnectionManager HTTP_POOL = new PoolingHttpClientConnectionManager();

    static {
        DATABASE.setUrl(System.getenv("JDBC_URL"));
        DATABASE.setMaxTotal(8); // expect: SL112
        HTTP_POOL.setMaxTotal(50);
        HTTP_POOL.setDefaultMaxPerRoute(10);
    }

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        return input.get("label");
    }
}
