package com.example.snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.crac.Core;
import org.crac.Resource;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

/** Re-creates its random state after restore with a CRaC hook, as AWS recommends. No findings. */
public class TokenHandler implements RequestHandler<Map<String, String>, String>, Resource {

    private static SecureRandom random = new SecureRandom();
    private String environmentId = UUID.randomUUID().toString();

    public TokenHandler() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        random = new SecureRandom();
        environmentId = UUID.randomUUID().toString();
    }

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        return environmentId + ":" + random.nextInt();
    }
}
