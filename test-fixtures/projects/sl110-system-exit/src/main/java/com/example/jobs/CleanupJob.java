package com.example.jobs;

import java.util.Map;

/** A POJO handler (no Lambda interface): the config's handler string names run(). */
public class CleanupJob {

    public String run(Map<String, String> input) {
        if (input.isEmpty()) {
            System.exit(0); // expect: SL110
        }
        return "cleaned " + input.size();
    }

    /** Local entry point for developers: exiting here is fine. */
    public static void main(String[] args) {
        String result = new CleanupJob().run(Map.of("dryRun", "true"));
        System.out.println(result);
        System.exit(0);
    }
}
