#!/usr/bin/env python3
"""lsp_latency.py - how soon `stratc lsp` publishes diagnostics after a change.

    python3 bench/lsp_latency.py STRATC FILE REPS

Opens FILE in a server, then REPS times sends a full-text change (the file
with one target value edited, alternately, so the findings differ) and
waits for its publishDiagnostics.  The latency is from the first byte of
the change written to the last byte of the diagnostics read: the server's
JSON decoding of the text, the parse, resolve and check, and the encoding
of the answer.  The messages are encoded before the clock starts.  Prints
one markdown table row: file, size, the server's CPU time per change (best,
median; from /proc/PID/schedstat, which holds on a busy machine) and the
wall-clock latency (best, median)."""
import json
import os
import statistics
import subprocess
import sys
import time


def frame(msg):
    body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_msg(f):
    n = None
    while True:
        line = f.readline()
        if not line:
            raise SystemExit("lsp_latency: the server closed its output")
        line = line.strip()
        if not line:
            break
        k, _, v = line.partition(b":")
        if k.lower() == b"content-length":
            n = int(v)
    return json.loads(f.read(n))


def cpu_ns(pid):
    """The server's CPU time so far (Linux schedstat: nanoseconds on a CPU)."""
    try:
        with open("/proc/%d/schedstat" % pid) as f:
            return int(f.read().split()[0])
    except OSError:
        return 0


def main():
    stratc, path, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
    text = open(path, encoding="utf-8").read()
    uri = "file://" + os.path.abspath(path)
    # Two texts that differ in one value: each change re-checks all of it.
    i = text.index("target ") + len("target ")
    other = text[:i] + "9" + text[i:]
    changes = [frame({"jsonrpc": "2.0", "method": "textDocument/didChange",
                      "params": {"textDocument": {"uri": uri, "version": v + 2},
                                 "contentChanges": [{"text": other if v % 2 == 0 else text}]}})
               for v in range(reps)]
    p = subprocess.Popen([stratc, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    p.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}))
    p.stdin.write(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                         "params": {"textDocument": {"uri": uri, "languageId": "strat", "version": 1, "text": text}}}))
    p.stdin.flush()
    read_msg(p.stdout)          # initialize
    read_msg(p.stdout)          # the first diagnostics
    times, cpus = [], []
    for c in changes:
        c0 = cpu_ns(p.pid)
        t0 = time.perf_counter()
        p.stdin.write(c)
        p.stdin.flush()
        while read_msg(p.stdout).get("method") != "textDocument/publishDiagnostics":
            pass
        times.append((time.perf_counter() - t0) * 1000)
        cpus.append((cpu_ns(p.pid) - c0) / 1e6)
    p.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
    p.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
    p.stdin.close()
    p.wait()
    print("| %s | %.1f MB | %.1f ms | %.1f ms | %.1f ms | %.1f ms |" % (
        os.path.basename(path), len(text.encode("utf-8")) / 1e6, min(cpus), statistics.median(cpus),
        min(times), statistics.median(times)))


main()
