package dev.serverlesslint.maven;

import org.apache.maven.project.MavenProject;

/** What Maven's super POM gives every project, for tests that build a {@link MavenProject} by hand. */
final class MavenProjects {

    private MavenProjects() {
    }

    /** {@code src/main/java} and {@code src/test/java} under the project's directory, as source roots. */
    static void conventionalLayout(MavenProject project) {
        String main = project.getBasedir().toPath().resolve("src/main/java").toString();
        String test = project.getBasedir().toPath().resolve("src/test/java").toString();
        project.getBuild().setSourceDirectory(main);
        project.getBuild().setTestSourceDirectory(test);
        project.addCompileSourceRoot(main);
        project.addTestCompileSourceRoot(test);
    }
}
