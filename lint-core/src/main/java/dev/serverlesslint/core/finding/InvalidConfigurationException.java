package dev.serverlesslint.core.finding;

/** A configuration file serverless-lint cannot use at all (for example a baseline that is not JSON). */
public final class InvalidConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ConfigurationProblem problem;

    public InvalidConfigurationException(ConfigurationProblem problem) {
        super(problem.path() + ":" + problem.position().line() + ": " + problem.message());
        this.problem = problem;
    }

    public ConfigurationProblem problem() {
        return problem;
    }
}
