#!/usr/bin/env python3
"""Writes a corpus of broken, hostile and unusual inputs, and the SL000 findings expected on it.

Usage: generate.py OUT_DIR  -> writes OUT_DIR/project/... and OUT_DIR/expected-sl000.txt
Every other file must still be linted; nothing may crash (checked by check.py).
"""
import os
import random
import sys

out = sys.argv[1]
root = os.path.join(out, "project")
expected = []


def write(rel, data, sl000=False):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    if sl000:
        expected.append(rel)


HANDLER = """package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class %s implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(input).toString();
    }
}
"""

# Java
write("java/Good.java", HANDLER % "Good")
write("java/Syntax.java", "class Syntax {\n  void f( {\n}\n", sl000=True)
write("java/UnclosedComment.java", "class C {\n /* never closed\n}\n", sl000=True)
write("java/UnclosedString.java", 'class S {\n String s = "never closed;\n}\n', sl000=True)
write("java/Deep.java", "class Deep {\n  int x = " + "(" * 10000 + "1" + ")" * 10000 + ";\n}\n")
write("java/Huge.java", "class Huge {}\n" + "// padding\n" * (11 * 1024 * 1024 // 11), sl000=True)
write("java/Modern.java", """package a;
sealed interface Shape permits Circle, Square {}
record Circle(double r) implements Shape {}
record Square(double side) implements Shape {}
class Modern {
    double area(Shape s) {
        return switch (s) {
            case Circle(double r) -> Math.PI * r * r;
            case Square sq when sq.side() > 0 -> sq.side() * sq.side();
            case Square sq -> 0;
        };
    }
}
""")
write("java/Latin1.java", "// caf\u00e9\nclass Latin1 {}\n".encode("iso-8859-1"))
write("java/Bom.java", b"\xef\xbb\xbf" + (HANDLER % "Bom").encode())
write("java/Crlf.java", (HANDLER % "Crlf").replace("\n", "\r\n"))
write("java/Cr.java", (HANDLER % "Cr").replace("\n", "\r"))
write("java/Tabs.java", (HANDLER % "Tabs").replace("    ", "\t"))
rng = random.Random(7)
garbage = bytes(rng.randrange(256) for _ in range(8192))
write("java/Garbage.java", garbage[:100] + b"\0" + garbage[100:], sl000=True)

# YAML / JSON
write("yaml/syntax/serverless.yml", "service: a\nprovider:\n  name: aws\n bad: [\n", sl000=True)
write("yaml/tabs/serverless.yml", "service: a\nprovider:\n\tname: aws\n", sl000=True)
write("yaml/duplicate/serverless.yml", "service: a\nprovider:\n  name: aws\n  timeout: 3\n  timeout: 6\n")
write("yaml/tags/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
      "    Properties:\n      Handler: !Unknown tag\n      Timeout: !Ref T\n")
bomb = "service: a\nprovider: {name: aws}\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
for i in range(1, 10):
    bomb += "a%d: &a%d [%s]\n" % (i, i, ", ".join("*a%d" % (i - 1) for _ in range(9)))
write("yaml/bomb/serverless.yml", bomb, sl000=True)
write("yaml/deep/serverless.yml", "service: a\nprovider: {name: aws}\nx: " + "[" * 10000 + "]" * 10000 + "\n", sl000=True)
write("yaml/multi/serverless.yml", "---\nnote: first\n---\nservice: a\nprovider: {name: aws}\nfunctions:\n  f:\n    handler: a.F\n    timeout: 5\n")
write("yaml/empty/serverless.yml", "")
write("yaml/empty/template.json", "")
write("yaml/fifty/template.yaml", b"AWSTemplateFormatVersion: x\n" + b"#" * (50 * 1024 * 1024), sl000=True)
write("yaml/javatag/template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  X: !!javax.script.ScriptEngineManager "
      "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n", sl000=True)
write("json/comments/template.json", '{"AWSTemplateFormatVersion": "2010-09-09", // no\n "Resources": {}}\n', sl000=True)
write("json/trailing/template.json", '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {},}\n', sl000=True)
write("json/deep/template.json", '{"AWSTemplateFormatVersion": ' + "[" * 10000 + "]" * 10000 + "}", sl000=True)
write("yaml/notours/.github/workflows/ci.yml", "name: [unclosed\n")

# File system
os.makedirs(os.path.join(root, "fs"), exist_ok=True)
os.symlink(root, os.path.join(root, "fs", "loop"))
outside = os.path.join(out, "outside")
os.makedirs(outside, exist_ok=True)
with open(os.path.join(outside, "Secret.java"), "w") as f:
    f.write("class Secret { void f( { }\n")  # would be SL000 if the link were followed
os.symlink(outside, os.path.join(root, "fs", "escape"))
os.makedirs(os.path.join(root, "fs", "Directory.java"), exist_ok=True)
os.makedirs(os.path.join(root, "fs", "template.yaml"), exist_ok=True)
write("fs/with space/\u00fcn\u00efc\u00f8d\u00e9 Handler.java", HANDLER % "Unicode")
for i in range(50000):
    d = os.path.join(root, "many", "d%03d" % (i // 500))
    if i % 500 == 0:
        os.makedirs(d, exist_ok=True)
    name = "F%d.java" % i if i % 100 == 0 else "f%d.txt" % i
    with open(os.path.join(d, name), "w") as f:
        f.write("class F%d {}\n" % i)

with open(os.path.join(out, "expected-sl000.txt"), "w") as f:
    f.write("\n".join(sorted(expected)) + "\n")
