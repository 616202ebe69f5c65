package dev.serverlesslint.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GitChangedLinesTest {

    @Test
    void readsAddedLinesFromZeroContextHunks() {
        String diff = String.join("\n",
                "diff --git a/src/A.java b/src/A.java",
                "index 1..2 100644",
                "--- a/src/A.java",
                "+++ b/src/A.java",
                "@@ -3,0 +4,2 @@ class A {",
                "+ one",
                "+ two",
                "@@ -10 +12 @@",
                "-old",
                "+new",
                "@@ -20,3 +21,0 @@",
                "-gone",
                "diff --git a/old.yml b/old.yml",
                "deleted file mode 100644",
                "--- a/old.yml",
                "+++ /dev/null",
                "@@ -1,2 +0,0 @@",
                "-a",
                "diff --git a/my dir/serverless.yml b/my dir/serverless.yml",
                "--- a/my dir/serverless.yml",
                "+++ b/my dir/serverless.yml",
                "@@ -0,0 +1 @@",
                "+service: x",
                "");
        assertEquals(Map.of("src/A.java", Set.of(4, 5, 12), "my dir/serverless.yml", Set.of(1)),
                GitChangedLines.parse(diff));
    }
}
