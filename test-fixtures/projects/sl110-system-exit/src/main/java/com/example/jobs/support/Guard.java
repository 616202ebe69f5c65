package com.example.jobs.support;

/** Budget checks shared by the jobs. */
public final class Guard {

    private Guard() {
    }

    public static void requireBudget(long remainingMillis) {
        if (remainingMillis < 1_000) {
            Runtime.getRuntime().halt(2); // expect: SL110
        }
    }

    /** Used only by the local CLI runner. */
    public static void abortLocalRun() {
        Runtime.getRuntime().exit(3);
    }
}
