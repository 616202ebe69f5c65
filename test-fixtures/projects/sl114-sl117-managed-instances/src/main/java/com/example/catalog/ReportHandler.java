package com.example.catalog;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.text.DecimalFormat;
import java.util.Map;

/** A classic function: one request at a time, so only the classic rules apply. */
public class ReportHandler implements RequestHandler<Map<String, String>, String> {

    private static final DecimalFormat AMOUNT = new DecimalFormat("#,##0.00");
    private static int reports;
    private Context current;

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        current = context;
        reports++; // expect: SL101
        System.setProperty("report.day", input.get("day")); // expect: SL116
        return AMOUNT.format(Double.parseDouble(input.get("total"))) + " " + current.getAwsRequestId();
    }
}
