package dev.serverlesslint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throwaway git repository for tests (git must be on the PATH). */
final class GitRepository {

    private final Path root;

    GitRepository(Path root) throws IOException, InterruptedException {
        this.root = root;
        git("init", "-q", ".");
    }

    static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    GitRepository write(String path, String... lines) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return this;
    }

    void commitAll(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("-c", "user.email=test@example.com", "-c", "user.name=Test", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", message);
    }

    GitRepository config(String key, String value) throws IOException, InterruptedException {
        git("config", key, value);
        return this;
    }

    void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(command + " failed: " + output);
        }
    }
}
