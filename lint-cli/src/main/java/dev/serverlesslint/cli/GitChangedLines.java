package dev.serverlesslint.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.serverlesslint.core.engine.LintRequest;
import dev.serverlesslint.core.engine.ReportScope;
import dev.serverlesslint.core.source.RegularFileReader;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lines changed since a git ref ({@code --diff-base}): lines of the working tree's files that
 * are added or modified against the ref, plus files the ref does not have (new or untracked) as a
 * whole. Paths are relative to the project root, which may be a subdirectory of the repository.
 *
 * <p>The linted repository is not trusted, and git runs commands its configuration names: an
 * fsmonitor hook when the index is read, textconv and external diff drivers, clean/smudge filters
 * when work-tree files are hashed, a pager, hooks, an upload-pack command for a lazy fetch. So git is
 * used for plumbing only — listing files ({@code ls-files}, {@code ls-tree}) and reading the ref's
 * raw blobs ({@code cat-file --batch}), none of which runs a filter or driver — with fsmonitor,
 * hooks, transports and lazy fetches switched off on the command line (which outranks the
 * repository's configuration) and the system configuration ignored. The work-tree files are read
 * by this class (no links followed) and compared with the blobs in Java. All output is
 * NUL-separated, so any file name survives.
 */
final class GitChangedLines {

    /** Settings given to every git command; {@code -c} beats the repository's own configuration. */
    private static final List<String> SAFE_SETTINGS = List.of(
            "--no-pager",
            "-c", "core.fsmonitor=false",
            "-c", "core.hooksPath=" + nullDevice(),
            "-c", "core.pager=cat",
            "-c", "core.untrackedCache=false",
            "-c", "diff.external=",
            // No transport at all, so a lazy fetch of a partial clone cannot run an upload-pack or ssh
            // command the repository names (a per-protocol setting would outrank protocol.allow).
            "-c", "protocol.allow=never",
            "-c", "protocol.file.allow=never",
            "-c", "protocol.git.allow=never",
            "-c", "protocol.ssh.allow=never",
            "-c", "protocol.http.allow=never",
            "-c", "protocol.https.allow=never",
            "-c", "protocol.ext.allow=never");
    /** Work-tree files larger than this count as changed as a whole (the engine will not parse them anyway). */
    private static final long MAX_COMPARED_BYTES = LintRequest.DEFAULT_MAX_FILE_BYTES;

    private GitChangedLines() {
    }

    /**
     * @param environment the variables git runs with: the command's, which under the lint server are the
     *                    client's (GIT_DIR, HOME, PATH, ...), not the server process's own
     */
    static ReportScope since(Path root, String ref, Map<String, String> environment) throws IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new IOException("--diff-base needs a git ref such as origin/main, not '" + ref + "'");
        }
        String commit;
        try {
            commit = new String(git(environment, root, null, "rev-parse", "--verify", "--quiet", ref + "^{commit}"),
                    StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            commit = "";
            if (!e.getMessage().endsWith("(exit status 1)")) {
                throw e; // not a repository, no git, ...: git's own message says why
            }
        }
        if (commit.isEmpty()) {
            throw new IOException("git cannot find the commit '" + ref + "' given to --diff-base in " + root);
        }
        Map<String, TreeEntry> base = treeEntries(git(environment, root, null, "ls-tree", "-r", "-z", commit));
        Set<String> current = new TreeSet<>(nulSeparated(git(environment, root, null,
                "ls-files", "-z", "--cached", "--others", "--exclude-standard")));

        Map<String, Set<Integer>> changedLines = new TreeMap<>();
        List<String> wholeFiles = new ArrayList<>();
        Map<String, byte[]> workTree = new LinkedHashMap<>();
        Path normalRoot = root.toAbsolutePath().normalize();
        for (String path : current) {
            Path file = normalRoot.resolve(path).normalize();
            if (!file.startsWith(normalRoot)) {
                continue;
            }
            byte[] content;
            try {
                content = RegularFileReader.read(file, MAX_COMPARED_BYTES);
            } catch (RegularFileReader.FileTooLargeException e) {
                wholeFiles.add(path);
                continue;
            } catch (IOException e) {
                continue; // deleted, a link, a directory (submodule) or a special file: nothing to lint
            }
            TreeEntry before = base.get(path);
            if (before == null || !before.isFile()) {
                wholeFiles.add(path);
            } else if (!before.objectId().equals(blobId(content, before.objectId().length()))) {
                workTree.put(path, content);
            }
        }
        if (!workTree.isEmpty()) {
            List<String> ids = workTree.keySet().stream().map(path -> base.get(path).objectId()).toList();
            List<byte[]> blobs = blobs(git(environment, root, String.join("\n", ids) + "\n", "cat-file", "--batch"), ids);
            int i = 0;
            for (Map.Entry<String, byte[]> file : workTree.entrySet()) {
                Set<Integer> lines = addedLines(blobs.get(i++), file.getValue());
                if (!lines.isEmpty()) {
                    changedLines.put(file.getKey(), lines);
                }
            }
        }
        ReportScope changed = ReportScope.lines(changedLines);
        return wholeFiles.isEmpty() ? changed : changed.or(ReportScope.paths(wholeFiles));
    }

    /** One entry of {@code ls-tree}: a regular file's mode is 100644 or 100755; links and submodules are not files. */
    record TreeEntry(String mode, String type, String objectId) {
        boolean isFile() {
            return type.equals("blob") && (mode.equals("100644") || mode.equals("100755"));
        }
    }

    /** {@code ls-tree -r -z} output: {@code <mode> SP <type> SP <object> TAB <path>} records, each ended by NUL. */
    static Map<String, TreeEntry> treeEntries(byte[] output) throws IOException {
        Map<String, TreeEntry> entries = new TreeMap<>();
        for (String record : nulSeparated(output)) {
            int tab = record.indexOf('\t');
            String[] fields = tab < 0 ? new String[0] : record.substring(0, tab).split(" ");
            if (fields.length != 3) {
                throw new IOException("unexpected git ls-tree output: " + record.replaceAll("\\p{Cntrl}", "?"));
            }
            entries.put(record.substring(tab + 1), new TreeEntry(fields[0], fields[1], fields[2]));
        }
        return entries;
    }

    /** The records of NUL-separated git output (names are bytes; git's are UTF-8 in practice). */
    static List<String> nulSeparated(byte[] output) {
        List<String> records = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < output.length; i++) {
            if (output[i] == 0) {
                if (i > start) {
                    records.add(new String(output, start, i - start, StandardCharsets.UTF_8));
                }
                start = i + 1;
            }
        }
        if (start < output.length) {
            records.add(new String(output, start, output.length - start, StandardCharsets.UTF_8));
        }
        return records;
    }

    /**
     * The contents of {@code cat-file --batch} output, in the order asked: each object is a header
     * {@code <id> SP <type> SP <size> LF}, the raw bytes, then LF; a missing one is {@code <id> SP missing LF}.
     */
    static List<byte[]> blobs(byte[] output, List<String> ids) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        int at = 0;
        for (String id : ids) {
            int newline = at;
            while (newline < output.length && output[newline] != '\n') {
                newline++;
            }
            if (newline >= output.length) {
                throw new IOException("git cat-file output ended early, before object " + id);
            }
            String[] header = new String(output, at, newline - at, StandardCharsets.US_ASCII).split(" ");
            if (header.length != 3 || !header[0].equals(id) || !header[1].equals("blob")) {
                throw new IOException("git cannot read object " + id + " of the --diff-base ref");
            }
            long size;
            try {
                size = Long.parseLong(header[2]);
            } catch (NumberFormatException e) {
                throw new IOException("unexpected git cat-file size for object " + id);
            }
            int start = newline + 1;
            if (size < 0 || size > output.length - start - 1L || output[start + (int) size] != '\n') {
                throw new IOException("git cat-file output for object " + id + " is cut short");
            }
            contents.add(java.util.Arrays.copyOfRange(output, start, start + (int) size));
            at = start + (int) size + 1;
        }
        return contents;
    }

    /** The 1-based lines of {@code after} that are new or changed against {@code before}; CR LF counts as LF. */
    static Set<Integer> addedLines(byte[] before, byte[] after) {
        Set<Integer> added = new TreeSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(lines(before), lines(after)).getDeltas()) {
            int first = delta.getTarget().getPosition() + 1;
            for (int n = first; n < first + delta.getTarget().size(); n++) {
                added.add(n);
            }
        }
        return added;
    }

    private static List<String> lines(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).lines().toList();
    }

    /** Git's object id of a blob with this content: SHA-1 (40 hex digits) or SHA-256 (64) of "blob SIZE\0" + content. */
    static String blobId(byte[] content, int hexDigits) {
        try {
            MessageDigest digest = MessageDigest.getInstance(hexDigits == 64 ? "SHA-256" : "SHA-1");
            digest.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks a standard digest", e);
        }
    }

    /** Runs one plumbing command in {@code directory} with the safe settings; its standard output. */
    private static byte[] git(Map<String, String> variables, Path directory, String input, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(executable("git", variables.get("PATH")));
        command.addAll(SAFE_SETTINGS);
        command.addAll(List.of(arguments));
        Path errors = Files.createTempFile("serverless-lint-git", ".err");
        Path stdin = input == null ? null : Files.createTempFile("serverless-lint-git", ".in");
        try {
            if (stdin != null) {
                Files.writeString(stdin, input, StandardCharsets.US_ASCII);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(stdin == null ? new File(nullDevice()) : stdin.toFile()))
                    .redirectError(errors.toFile());
            Map<String, String> environment = builder.environment();
            environment.clear();
            environment.putAll(variables);
            environment.put("GIT_CONFIG_NOSYSTEM", "1");
            environment.put("GIT_NO_LAZY_FETCH", "1");
            environment.put("GIT_OPTIONAL_LOCKS", "0");
            environment.put("GIT_TERMINAL_PROMPT", "0");
            environment.put("GIT_PAGER", "cat");
            environment.remove("GIT_EXTERNAL_DIFF");
            Process process = builder.start();
            byte[] output;
            try (InputStream out = process.getInputStream()) {
                output = readAll(out);
            }
            int status = process.waitFor();
            if (status != 0) {
                String message = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new IOException("git " + arguments[0] + " failed in " + directory
                        + (message.isEmpty() ? " (exit status " + status + ")" : ": " + message));
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        } finally {
            Files.deleteIfExists(errors);
            if (stdin != null) {
                Files.deleteIfExists(stdin);
            }
        }
    }

    /**
     * The program found first on {@code path} (the command's PATH), as the shell would run it; the bare name
     * when it is nowhere there (ProcessBuilder then searches the process's own PATH, as before).
     */
    static String executable(String name, String path) {
        if (path != null) {
            for (String directory : path.split(File.pathSeparator)) {
                if (directory.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(directory, name);
                if (candidate.isAbsolute() && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return name;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
