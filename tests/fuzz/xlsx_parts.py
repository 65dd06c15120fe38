#!/usr/bin/env python3
"""xlsx_parts.py OUTDIR WORKBOOK... - fuzz seeds for fuzz_import.c's parts
mode: each workbook's sheets, each followed by its shared strings and its
styles, separated by lines "=====".  Only the standard library."""
import os
import sys
import zipfile

out = sys.argv[1]
for path in sys.argv[2:]:
    if not zipfile.is_zipfile(path):
        continue                # a test's file that is not a workbook
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        def part(n):
            return z.read(n) if n in names else b""
        for n in names:
            if n.startswith("xl/worksheets/") and n.endswith(".xml"):
                seed = part(n) + b"\n=====\n" + part("xl/sharedStrings.xml") \
                    + b"\n=====\n" + part("xl/styles.xml")
                name = os.path.basename(path) + "-" + os.path.basename(n)
                with open(os.path.join(out, name), "wb") as f:
                    f.write(seed)
