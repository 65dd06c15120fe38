#!/usr/bin/env python3
"""action_test.py - action.yml parses as a composite action whose every
reference resolves: inputs and step ids it names exist, files it names
under the action's path exist in this repository, every `uses:` is pinned
to a version, every `run:` step names its shell.  The workflows in
doc/ci.md parse too, and name only inputs the action declares.

    python3 tests/ci/action_test.py
"""
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def action_checks():
    with open(os.path.join(ROOT, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    for key in ("name", "description", "inputs", "runs"):
        check(key in action, f"action.yml has no '{key}'")
    runs = action["runs"]
    check(runs.get("using") == "composite", "action.yml is not a composite action")
    inputs = action["inputs"]
    for name, spec in inputs.items():
        check("description" in spec, f"input '{name}' has no description")
    steps = runs["steps"]
    check(steps, "action.yml has no steps")
    ids = set()
    text = open(os.path.join(ROOT, "action.yml"), encoding="utf-8").read()
    for i, step in enumerate(steps):
        where = f"step {i + 1} ({step.get('name', '?')})"
        check(("run" in step) != ("uses" in step), f"{where}: needs exactly one of run and uses")
        if "run" in step:
            check(step.get("shell") in ("bash", "sh", "pwsh", "python"), f"{where}: run without a shell")
            # Inputs reach scripts through env, never pasted into the script
            # (a file name could then inject shell code).
            check("inputs." not in step["run"], f"{where}: an input expanded inside run")
        if "uses" in step:
            check(re.search(r"@v\d+$", step["uses"]), f"{where}: 'uses: {step['uses']}' is not pinned to a version")
        if "id" in step:
            ids.add(step["id"])
    for m in re.finditer(r"inputs\.([A-Za-z0-9_-]+)", text):
        check(m.group(1) in inputs, f"action.yml names undeclared input '{m.group(1)}'")
    for m in re.finditer(r"steps\.([A-Za-z0-9_-]+)\.", text):
        check(m.group(1) in ids, f"action.yml names unknown step id '{m.group(1)}'")
    # Files under the action's own path.
    paths = re.findall(r"\$GITHUB_ACTION_PATH/([A-Za-z0-9_./-]+)", text)
    check(".github/stratc-matcher.json" in paths, "the check step does not add the problem matcher")
    for p in paths:
        check(os.path.exists(os.path.join(ROOT, p)), f"action.yml names '{p}', which does not exist")
    find = re.search(r"find (.*?) -type f", text)
    check(find, "no source hash for the cache key")
    if find:
        for p in find.group(1).split():
            check(os.path.exists(os.path.join(ROOT, p)), f"the cache key hashes '{p}', which does not exist")
    check(re.search(r"make -C \"\$GITHUB_ACTION_PATH\".* all", text), "the action does not build with make")
    return inputs


def doc_checks(inputs):
    doc = open(os.path.join(ROOT, "doc", "ci.md"), encoding="utf-8").read()
    blocks = re.findall(r"```ya?ml\n(.*?)```", doc, re.S)
    check(blocks, "doc/ci.md has no YAML examples")
    used_action = False
    for n, block in enumerate(blocks, 1):
        try:
            data = yaml.safe_load(block)
        except yaml.YAMLError as e:
            failures.append(f"doc/ci.md YAML block {n} does not parse: {e}")
            continue
        if isinstance(data, dict) and "jobs" in data:
            for job in data["jobs"].values():
                for step in job.get("steps", []):
                    uses = step.get("uses", "")
                    if "stratc" in uses:
                        used_action = True
                        for k in (step.get("with") or {}):
                            check(k in inputs, f"doc/ci.md passes undeclared input '{k}'")
    check(used_action, "no workflow in doc/ci.md uses the action")
    hooks = yaml.safe_load(open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8"))
    hook_ids = {h["id"] for h in hooks}
    for m in re.finditer(r"- id: (stratc[a-z-]*)", doc):
        check(m.group(1) in hook_ids, f"doc/ci.md names hook '{m.group(1)}', which is not defined")


def matcher_checks():
    import json
    with open(os.path.join(ROOT, ".github", "stratc-matcher.json"), encoding="utf-8") as f:
        m = json.load(f)
    for pm in m["problemMatcher"]:
        check(pm.get("owner"), "a problem matcher without an owner")
        for p in pm["pattern"]:
            check("regexp" in p and "message" in p, f"matcher {pm.get('owner')}: regexp and message are required")


inputs = action_checks()
doc_checks(inputs)
matcher_checks()
for f in failures:
    print("FAIL:", f)
print(f"action: {'all passed' if not failures else str(len(failures)) + ' failed'}")
sys.exit(1 if failures else 0)
