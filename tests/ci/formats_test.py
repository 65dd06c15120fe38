#!/usr/bin/env python3
"""formats_test.py - `check --format=gitlab` and `--format=junit` hold the
structure their readers require (a small schema check each, written here:
no network, no schema packages), agree with `--format=json` on what was
found, and the GitLab fingerprints are stable: the same across runs, the
same after the findings move to other lines, different for two identical
findings in one file.

    python3 tests/ci/formats_test.py build/stratc
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

STRATC = os.path.abspath(sys.argv[1])
HERE = os.path.dirname(os.path.abspath(__file__))
ENV = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8", TZ="UTC")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def stratc(cwd, *args):
    return subprocess.run([STRATC, "check", *args], cwd=cwd, env=ENV, capture_output=True, text=True)


# ---- a schema, as data: type, required keys, allowed values ----------------

GITLAB_ISSUE = {
    "type": dict,
    "required": {
        "description": {"type": str, "nonempty": True},
        "check_name": {"type": str, "pattern": r"^[a-z0-9-]+$"},
        "fingerprint": {"type": str, "pattern": r"^[0-9a-f]{32}$"},
        "severity": {"type": str, "enum": ["info", "minor", "major", "critical", "blocker"]},
        "location": {
            "type": dict,
            "required": {
                "path": {"type": str, "pattern": r"^[^/]"},      # relative to the repository
                "lines": {"type": dict, "required": {"begin": {"type": int, "min": 1}}},
            },
        },
    },
}


def validate(value, schema, where):
    t = schema["type"]
    if not isinstance(value, t) or (t is int and isinstance(value, bool)):
        failures.append(f"{where}: {value!r} is not {t.__name__}")
        return
    if schema.get("nonempty") and not value:
        failures.append(f"{where}: empty")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        failures.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if "enum" in schema and value not in schema["enum"]:
        failures.append(f"{where}: {value!r} not one of {schema['enum']}")
    if "min" in schema and value < schema["min"]:
        failures.append(f"{where}: {value} < {schema['min']}")
    for key, sub in schema.get("required", {}).items():
        if key not in value:
            failures.append(f"{where}: no '{key}'")
        else:
            validate(value[key], sub, f"{where}.{key}")


def gitlab(cwd, *files):
    r = stratc(cwd, "--format=gitlab", *files)
    try:
        report = json.loads(r.stdout)
    except json.JSONDecodeError as e:
        failures.append(f"gitlab output is not JSON: {e}")
        return []
    check(isinstance(report, list), "the gitlab report is not an array")
    for i, issue in enumerate(report):
        validate(issue, GITLAB_ISSUE, f"issue[{i}]")
    return report


def test_gitlab():
    args = ("plans/broken.strat", "nothere.strat")
    report = gitlab(HERE, *args)
    found = [d for d in json.loads(stratc(HERE, "--format=json", *args).stdout)["diagnostics"]]
    check(len(report) == len(found), f"gitlab has {len(report)} issues, json {len(found)}")
    sev = {"error": "major", "warning": "minor", "note": "info"}
    for issue, d in zip(report, found):
        check(issue["check_name"] == d["code"], f"rule {issue['check_name']} vs {d['code']}")
        check(issue["severity"] == sev[d["severity"]], f"severity {issue['severity']} for {d['severity']}")
        check(issue["description"] == d["message"], "description differs from the message")
        if d["line"] is not None:
            check(issue["location"]["lines"]["begin"] == d["line"], "line differs")
            check(issue["location"]["path"].endswith("plans/broken.strat"), "path is not the file's")
    fps = [i["fingerprint"] for i in report]
    check(len(set(fps)) == len(fps), "two issues share a fingerprint")
    check(stratc(HERE, "--format=gitlab", *args).stdout == stratc(HERE, "--format=gitlab", *args).stdout,
          "two runs differ")


def test_fingerprint_stability():
    tmp = tempfile.mkdtemp()
    try:
        src = open(os.path.join(HERE, "plans", "broken.strat"), encoding="utf-8").read()
        # Two identical findings in one file: the same rule, path and text.
        src = src.replace('    activity "Work"\n', '    activity "Work"\n  }\n  project q "Q" {\n    sectors iott\n', 1)
        with open(os.path.join(tmp, "plan.strat"), "w", encoding="utf-8") as f:
            f.write(src)
        before = gitlab(tmp, "plan.strat")
        same = [i for i in before if i["check_name"] == "undefined-reference"]
        check(len(same) == 2, f"the fixture should give two undefined-reference issues, not {len(same)}")
        check(len({i["fingerprint"] for i in same}) == 2, "identical findings share a fingerprint")
        # Lines added above, and the flagged line re-indented.
        moved = "# a comment\n\n# another\n" + src.replace("    sectors iott  #", "        sectors   iott  #")
        with open(os.path.join(tmp, "plan.strat"), "w", encoding="utf-8") as f:
            f.write(moved)
        after = gitlab(tmp, "plan.strat")
        check([i["location"]["lines"]["begin"] for i in after] == [i["location"]["lines"]["begin"] + 3 for i in before],
              "the findings did not move down three lines")
        check([i["fingerprint"] for i in after] == [i["fingerprint"] for i in before],
              "fingerprints changed when the findings moved")
        # A different finding text gives a different fingerprint.
        with open(os.path.join(tmp, "plan.strat"), "w", encoding="utf-8") as f:
            f.write(src.replace("sectors iott", "sectors iottt", 1))
        changed = [i for i in gitlab(tmp, "plan.strat") if i["check_name"] == "undefined-reference"]
        check(len(changed) == 2 and changed[0]["fingerprint"] not in {i["fingerprint"] for i in same},
              "another text kept the fingerprint")
        check(len(changed) == 2 and changed[1]["fingerprint"] == same[0]["fingerprint"],
              "the other finding, now the first of its text, is not occurrence 0")
    finally:
        shutil.rmtree(tmp)


def intattr(el, name, where):
    v = el.get(name)
    if v is None or not v.isdigit():
        failures.append(f"{where}: attribute {name}={v!r} is not a count")
        return -1
    return int(v)


def test_junit():
    tmp = tempfile.mkdtemp()
    try:
        os.makedirs(os.path.join(tmp, "plans"))
        shutil.copy(os.path.join(HERE, "plans", "broken.strat"), os.path.join(tmp, "plans"))
        r = subprocess.run([STRATC, "init", "--template=blank", os.path.join(tmp, "plans", "good.strat")],
                           env=ENV, capture_output=True)
        check(r.returncode == 0, "init failed")
        args = ("plans", "nothere.strat")
        r = stratc(tmp, "--format=junit", *args)
        check(r.returncode == 2, f"exit {r.returncode}, not 2 (an unreadable file)")
        try:
            root = ET.fromstring(r.stdout.encode("utf-8"))
        except ET.ParseError as e:
            failures.append(f"junit output is not XML: {e}")
            return
        diags = json.loads(stratc(tmp, "--format=json", *args).stdout)["diagnostics"]
        # <testsuites tests failures errors><testsuite ...><testcase classname name>
        #   <failure type message>text</failure>* <system-out>?</testcase>
        check(root.tag == "testsuites", f"root is <{root.tag}>")
        suites = list(root)
        check(len(suites) == 1 and suites[0].tag == "testsuite", "not one <testsuite>")
        suite = suites[0]
        check(suite.get("name") == "stratc check", "testsuite has no name")
        cases = list(suite)
        names = []
        nfail = 0
        for c in cases:
            check(c.tag == "testcase", f"<{c.tag}> in a testsuite")
            check(c.get("classname") and c.get("name"), "testcase without classname or name")
            names.append(c.get("name"))
            for child in c:
                check(child.tag in ("failure", "system-out"), f"<{child.tag}> in a testcase")
                if child.tag == "failure":
                    nfail += 1
                    check(child.get("type") and child.get("message"), "failure without type or message")
                    check(child.get("message") in child.text, "failure text does not hold the message")
        check(names == ["plans/broken.strat", "plans/good.strat", "nothere.strat"], f"test cases {names}")
        errors = sum(1 for d in diags if d["severity"] == "error")
        check(nfail == errors, f"{nfail} failures for {errors} errors")
        for el, where in ((root, "testsuites"), (suite, "testsuite")):
            check(intattr(el, "tests", where) == len(cases), f"{where} tests= is not {len(cases)}")
            check(intattr(el, "failures", where) == nfail, f"{where} failures= is not {nfail}")
        good = [c for c in cases if c.get("name") == "plans/good.strat"]
        check(good and len(list(good[0])) == 0, "the clean file's case is not empty")
        warn = [c for c in cases if c.get("name") == "plans/broken.strat"][0].find("system-out")
        check(warn is not None and "target-equals-baseline" in warn.text, "the warning is not in system-out")
    finally:
        shutil.rmtree(tmp)


test_gitlab()
test_fingerprint_stability()
test_junit()
for f in failures:
    print("FAIL:", f)
print(f"formats: {'all passed' if not failures else str(len(failures)) + ' failed'}")
sys.exit(1 if failures else 0)
