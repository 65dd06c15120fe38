#!/usr/bin/env python3
"""xlsx_check.py XLSX - reads a report workbook back with openpyxl and prints
what a reviewer checks: the sheets, the progress sheet's print setup,
frozen panes, filter, header, and per row the cells' values with their
types and number formats, the status fills; the grouping sheets; the
chart sheets' charts (from the package's parts, which openpyxl does not
read back)."""
import sys
import zipfile

import openpyxl


def cell(c):
    v = c.value
    if v is None:
        return "-"
    kind = type(v).__name__
    if kind == "datetime":
        v = v.date().isoformat()
        kind = "date"
    fmt = "" if c.number_format == "General" else " [%s]" % c.number_format
    fill = ""
    if c.fill is not None and c.fill.fill_type == "solid":
        fill = " fill=%s" % c.fill.fgColor.rgb[-6:]
    return "%s:%s%s%s" % (kind, str(v).replace("\n", "⏎"), fmt, fill)


path = sys.argv[1]
wb = openpyxl.load_workbook(path)
print("sheets:", " | ".join(wb.sheetnames))
print("chart sheets:", " | ".join(cs.title for cs in wb.chartsheets))
print("title:", wb.properties.title)
print("created:", wb.properties.created.date().isoformat())
ws = wb.worksheets[0]
ps = ws.page_setup
print("progress: freeze=%s filter=%s paper=%s orientation=%s fit_width=%s fit_height=%s fit=%s repeat=%s" % (
    ws.freeze_panes, ws.auto_filter.ref, ps.paperSize, ps.orientation, ps.fitToWidth, ps.fitToHeight,
    ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_title_rows))
for row in ws.iter_rows(min_row=1, max_row=3):
    print("  ", row[0].value)
head = [c.value for c in ws[4]]
print("header:", " | ".join(str(h) for h in head))
widths = []
for i in range(1, len(head) + 1):
    letter = openpyxl.utils.get_column_letter(i)
    widths.append(round(ws.column_dimensions[letter].width or 0))
print("widths:", widths)
for row in ws.iter_rows(min_row=5):
    print("row:", " | ".join(cell(c) for c in row))
for ws in wb.worksheets[1:]:
    print("sheet %s: freeze=%s filter=%s" % (ws.title, ws.freeze_panes, ws.auto_filter.ref))
    for row in ws.iter_rows():
        print("  ", " | ".join(cell(c) for c in row))
with zipfile.ZipFile(path) as z:
    charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
    for n in charts:
        x = z.read(n).decode()
        kind = "bar" if "<c:barDir val=\"bar\"/>" in x else "column" if "<c:barDir val=\"col\"/>" in x else "?"
        print("%s: %s chart, %d series" % (n, kind, x.count("<c:ser>")))
