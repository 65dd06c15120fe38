#!/usr/bin/env python3
"""exchange.py - run `stratc lsp` on a scripted session and print what it says.

    python3 exchange.py STRATC SCRIPT

SCRIPT holds one client message per line, as JSON ('#' lines and blank lines
are skipped).  Each is framed with its Content-Length and sent; the server's
messages are printed one per line, keys sorted, and its exit status last.
In the messages:
  "${ROOT}"        the file: URI of the current directory (printed back as ${ROOT})
  "${REPO}"        the file: URI of the repository (printed back as ${REPO})
  "@file:NAME"     a whole string value: the text of file NAME
  RAW "..."        a line sent as is: a JSON string literal (framing errors)
STRATC may be a command with arguments (valgrind ...).  Used by the golden
cases in tests/golden/lsp/.

    python3 exchange.py --lines SCRIPT

prints the expanded messages one per line instead (RAW lines left out): the
fuzzer's seeds (tests/fuzz/fuzz_lsp.c frames each line itself)."""
import json
import os
import shlex
import subprocess
import sys
import urllib.parse


def root_uri():
    return "file://" + urllib.parse.quote(os.getcwd())


def repo_uri():
    here = os.path.dirname(os.path.abspath(__file__))
    return "file://" + urllib.parse.quote(os.path.dirname(os.path.dirname(here)))


def expand(v, root):
    if isinstance(v, str):
        if v.startswith("@file:"):
            with open(v[6:], encoding="utf-8") as f:
                return f.read()
        return v.replace("${ROOT}", root).replace("${REPO}", repo_uri())
    if isinstance(v, list):
        return [expand(x, root) for x in v]
    if isinstance(v, dict):
        return {k: expand(x, root) for k, x in v.items()}
    return v


def frames(data):
    out = []
    while data:
        head, sep, rest = data.partition(b"\r\n\r\n")
        if not sep:
            out.append({"unframed": data.decode("utf-8", "replace")})
            break
        n = None
        for line in head.split(b"\r\n"):
            k, _, v = line.partition(b":")
            if k.strip().lower() == b"content-length":
                n = int(v)
        if n is None or len(rest) < n:
            out.append({"badframe": head.decode("utf-8", "replace")})
            break
        out.append(json.loads(rest[:n].decode("utf-8")))
        data = rest[n:]
    return out


def lines(script):
    root = root_uri()
    with open(script, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and not line.startswith("RAW "):
                print(json.dumps(expand(json.loads(line), root), ensure_ascii=False))


def main():
    if sys.argv[1] == "--lines":
        lines(sys.argv[2])
        return
    cmd = shlex.split(sys.argv[1]) + ["lsp"]
    root = root_uri()
    payload = b""
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("RAW "):
                payload += json.loads(line[4:]).encode("utf-8")
                continue
            body = json.dumps(expand(json.loads(line), root), ensure_ascii=False).encode("utf-8")
            payload += b"Content-Length: %d\r\n\r\n" % len(body) + body
    p = subprocess.run(cmd, input=payload, stdout=subprocess.PIPE)
    for m in frames(p.stdout):
        s = json.dumps(m, ensure_ascii=False, sort_keys=True)
        print(s.replace(root, "${ROOT}").replace(repo_uri(), "${REPO}"))
    print("exit", p.returncode)


main()
