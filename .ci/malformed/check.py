#!/usr/bin/env python3
"""Compares a JSON report on the generated malformed corpus with what it must contain.

Usage: check.py REPORT.json EXPECTED_SL000.txt EXIT_CODE
"""
import json
import sys

report = json.load(open(sys.argv[1]))
expected = sorted(line.strip() for line in open(sys.argv[2]) if line.strip())
exit_code = int(sys.argv[3])
problems = []
if report["internalErrors"]:
    problems.append("internal errors: %s" % report["internalErrors"])
if exit_code != 1:
    problems.append("exit code %d, expected 1 (findings, no crash, no internal error)" % exit_code)
sl000 = sorted(f["path"] for f in report["findings"] if f["ruleId"] == "SL000")
if sl000 != expected:
    problems.append("SL000 differs:\n  missing: %s\n  unexpected: %s"
                    % (sorted(set(expected) - set(sl000)), sorted(set(sl000) - set(expected))))
linted = {f["path"] for f in report["findings"]}
for must in ["java/Good.java", "java/Bom.java", "java/Crlf.java", "java/Cr.java", "java/Tabs.java",
             "fs/with space/\u00fcn\u00efc\u00f8d\u00e9 Handler.java"]:
    if must not in linted:
        problems.append("no finding in %s: it was not linted" % must)
positions = {(f["path"], f["line"], f["column"]) for f in report["findings"] if f["ruleId"] == "SL103"}
for path in ["java/Good.java", "java/Bom.java", "java/Crlf.java", "java/Cr.java"]:
    if (path, 9, 16) not in positions:
        problems.append("SL103 not at 9:16 in %s (positions must survive BOM and line endings)" % path)
if (("java/Tabs.java", 9, 10)) not in positions:
    problems.append("SL103 not at 9:10 in java/Tabs.java (a tab is one column)")
if not any(f["ruleId"] == "SL003" and f["path"] == "yaml/duplicate/serverless.yml" for f in report["findings"]):
    problems.append("duplicate key not reported as SL003")
if report["summary"]["filesChecked"] < 500:
    problems.append("only %d files checked" % report["summary"]["filesChecked"])
if any("Secret.java" in f["path"] for f in report["findings"]):
    problems.append("a symbolic link out of the root was followed")
if problems:
    print("malformed-input corpus: FAILED\n" + "\n".join(problems))
    sys.exit(1)
print("malformed-input corpus: %d files checked, %d SL000 as expected, no crash, no internal error"
      % (report["summary"]["filesChecked"], len(sl000)))
