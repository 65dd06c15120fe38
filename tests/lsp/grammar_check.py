#!/usr/bin/env python3
"""grammar_check.py - the TextMate grammar (editors/textmate) against a file.

    python3 grammar_check.py GRAMMAR FILE

Compiles every pattern (Oniguruma's \\x{HHHH} read as Python's \\uHHHH),
tokenises FILE line by line the way a TextMate engine does for this
grammar (leftmost match of the top-level patterns, strings and comments to
their end), and prints how many tokens each scope got and the scopes of a
few probes, so a golden case catches a pattern that stops matching."""
import json
import re
import sys


def py(rx):
    return re.sub(r"\\x\{([0-9A-Fa-f]+)\}", lambda m: "\\u%04x" % int(m.group(1), 16), rx)


def rules(g):
    out = []
    for p in g["patterns"]:
        r = g["repository"][p["include"][1:]]
        subs = r.get("patterns", [r]) if "begin" not in r else [r]
        for s in subs:
            if "begin" in s:
                out.append((re.compile(py(s["begin"])), s["name"], re.compile(py(s["end"]))))
            else:
                out.append((re.compile(py(s["match"])), s.get("name") or s["captures"]["1"]["name"], None))
    return out


def tokens(rs, line):
    pos, out = 0, []
    while pos < len(line):
        best = None
        for rx, name, end in rs:
            m = rx.search(line, pos)
            if m and m.end() > m.start() and (best is None or m.start() < best[0].start()):
                best = (m, name, end)
        if not best:
            break
        m, name, end = best
        stop = m.end()
        if end:
            e = end.search(line, m.end())
            stop = e.end() if e else len(line)
        out.append((name, line[m.start():stop]))
        pos = stop
    return out


def main():
    g = json.load(open(sys.argv[1], encoding="utf-8"))
    rs = rules(g)
    counts = {}
    seen = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        for name, text in tokens(rs, line.rstrip("\n")):
            counts[name] = counts.get(name, 0) + 1
            seen.setdefault(text, name)
    for name in sorted(counts):
        print("%-32s %d" % (name, counts[name]))
    for probe in ["strategy yamaguchi", "indicator coal_shipping", "target", "令和2年度", "平成30年度", "R2.3", "R元.12",
                  "on_track", "30", "3.2", ".."]:
        print("%-12s %s" % (probe, seen.get(probe, "-")))


main()
