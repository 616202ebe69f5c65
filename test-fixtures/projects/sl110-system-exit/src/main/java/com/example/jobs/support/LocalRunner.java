package com.example.jobs.support;

/** Runs the jobs from a terminal; never deployed as a handler. No findings. */
public final class LocalRunner {

    private LocalRunner() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Guard.abortLocalRun();
        }
        Workflow workflow = new Workflow();
        workflow.exit();
        System.exit(0);
    }

    /** A domain method that happens to be called exit: not the JVM's. */
    static final class Workflow {
        void exit() {
        }
    }
}
