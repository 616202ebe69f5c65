package com.example.reports;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/** Writes reports to a partner's bucket with a key pasted into the code. */
public class ReportExportHandler implements RequestHandler<ScheduledEvent, String> {

    private static final AmazonS3 PARTNER_S3 = AmazonS3ClientBuilder.standard()
            .withCredentials(new AWSStaticCredentialsProvider(
                    new BasicAWSCredentials("AKIA2E4RZQ7LMN3XVB5K", "q8Vn3LxR2tWm9KpZ4yHc7BfJ1sDg6NaE0uXoTiQe"))) // expect: SL109
            .withClientConfiguration(new ClientConfiguration().withRequestTimeout(5_000))
            .build();

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        PARTNER_S3.putObject("partner-reports", "daily.csv", "id,total");
        return "ok";
    }
}
