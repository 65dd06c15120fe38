#!/usr/bin/python3
"""make_fixtures.py - writes the import tests' spreadsheet fixtures.

The fixtures are committed, so the tests need no Python; run this (with
python3-openpyxl) only to change them:

    cd tests/golden/import && /usr/bin/python3 make_fixtures.py

It writes:
  dates.xlsx      long layout on a sheet '実績' (a second sheet comes first),
                  dates as real date cells with a Japanese era format, a
                  percentage cell, a number stored as text and an inline string
  wide-dates.xlsx wide layout whose header dates are date cells
  bad.xlsx        a value that is not a number and a date that is not one
  wide-cp932.csv  wide layout in CP932 (what Excel saves as "CSV" in Japan),
                  indicators named by their titles
  ../../../examples/yamaguchi-actuals.xlsx  the example in doc/import.md
"""
import datetime
import openpyxl

ERA_FORMAT = '[$-ja-JP]ggge"年"m"月"d"日"'


def fixed(wb):
    # Reproducible files: no time of generation inside.
    when = datetime.datetime(2025, 4, 1)
    wb.properties.created = when
    wb.properties.modified = when
    return wb


def dates_xlsx():
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "表紙"
    first["A1"] = "令和6年度 実績報告（観光振興課）"
    ws = wb.create_sheet("実績")
    ws.append(["指標", "時点", "実績値", "単位", "備考"])
    rows = [
        ("visitors", datetime.date(2024, 3, 31), 140, "万人", "確定値"),
        ("visitors", datetime.date(2025, 3, 31), 146.5, "万人", None),
        ("water", datetime.date(2023, 3, 31), "4.5", "km", "文字列の数値"),
        ("share", datetime.date(2025, 3, 31), 0.245, None, "百分率の書式"),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = ERA_FORMAT
    ws["C5"].number_format = "0.0%"
    fixed(wb).save("dates.xlsx")


def wide_dates_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["指標名", "単位", datetime.date(2022, 3, 31), datetime.date(2023, 3, 31)])
    ws.append(["上水道の更新延長", "km", 2.5, 5])
    ws.append(["観光客数", "万人", 125, None])
    ws["C1"].number_format = "yyyy/m/d"
    ws["D1"].number_format = "yyyy/m/d"
    fixed(wb).save("wide-dates.xlsx")


def bad_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "実績"
    ws.append(["indicator", "date", "value"])
    ws.append(["visitors", "R6.3", "約140"])
    ws.append(["water", "R6.13", 3])
    fixed(wb).save("bad.xlsx")


def example_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "産業戦略"
    ws.append(["指標", "単位", datetime.date(2019, 3, 31), datetime.date(2020, 3, 31)])
    ws.append(["石炭共同輸送実施回数", "回", 12, 22])
    ws.append(["工業用水道管路更新整備延長", "km", 1.4, 3.2])
    ws.append(["国道・県道の整備完了延長", "km", 14.2, 30.8])
    ws.append(["緩和する主要渋滞箇所数", "箇所", 1, 2])
    ws["C1"].number_format = ERA_FORMAT
    ws["D1"].number_format = ERA_FORMAT
    fixed(wb).save("../../../examples/yamaguchi-actuals.xlsx")


def wide_cp932_csv():
    lines = [
        "指標名,単位,令和3年度,令和4年度,令和5年度,備考",
        "観光客数,万人,125,131,\"1,400\",令和5年度は速報値",
        "上水道の更新延長,km,２．５,５,,",
        "再生可能エネルギーの割合,%,,,21,",
    ]
    with open("wide-cp932.csv", "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp932"))


if __name__ == "__main__":
    dates_xlsx()
    wide_dates_xlsx()
    bad_xlsx()
    example_xlsx()
    wide_cp932_csv()
