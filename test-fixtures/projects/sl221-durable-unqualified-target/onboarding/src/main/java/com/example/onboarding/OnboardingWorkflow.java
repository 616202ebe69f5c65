package com.example.onboarding;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Durable by its type: serverless.yml has no durable setting, the handler class makes it one. */
public class OnboardingWorkflow extends DurableHandler<SignupEvent, String> {

    private final AccountService accounts = new AccountService();

    @Override
    protected String handleRequest(SignupEvent signup, DurableContext ctx) {
        String accountId = ctx.step("create-account", String.class, step -> accounts.create(signup.email()));
        ctx.wait("cooling-off", Duration.ofDays(1));
        return ctx.step("activate-account", String.class, step -> accounts.activate(accountId));
    }
}
