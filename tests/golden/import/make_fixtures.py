#!/usr/bin/python3
"""make_fixtures.py - writes the import tests' spreadsheet fixtures.

The fixtures are committed, so the tests need no Python; run this (with
python3-openpyxl) only to change them:

    cd tests/golden/import && /usr/bin/python3 make_fixtures.py

It writes:
  dates.xlsx      long layout on a sheet '実績' (a cover sheet comes first),
                  dates as real date cells with a Japanese era format, a
                  percentage cell and a number stored as text
  handmade.xlsx   the parts written by hand, for what openpyxl does not
                  write: inline strings, rich text with furigana (rPh), a
                  formula's saved text, the 1904 date system, cells without
                  an r= reference, a sheet in another folder
  wide-dates.xlsx wide layout whose header dates are date cells
  bad.xlsx        a value that is not a number and a date that is not one
  wide-cp932.csv  wide layout in CP932 (what Excel saves as "CSV" in Japan),
                  indicators named by their titles
  ../../../examples/yamaguchi-actuals.xlsx  the example in doc/import.md
"""
import datetime
import zipfile

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


def handmade_xlsx():
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>' % rel_ns,
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="%s"><x:workbookPr date1904="1"/><x:sheets>'
            '<x:sheet name="data" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>' % rel_ns,
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId7" Type="%s/worksheet" Target="/xl/sheets/data.xml"/>'
            '</Relationships>' % rel_ns,
        "xl/styles.xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<styleSheet %s><numFmts count="1">'
            '<numFmt numFmtId="200" formatCode="[$-ja-JP]ge\.m\.d"/></numFmts>'
            '<cellStyleXfs count="1"><xf numFmtId="200"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="200"/></cellXfs>'
            '</styleSheet>' % ns,
        "xl/sharedStrings.xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<sst %s count="2" uniqueCount="2">'
            '<si><r><t>観光</t></r><r><rPr><b/></rPr><t>客数</t></r>'
            '<rPh sb="0" eb="2"><t>カンコウ</t></rPh></si>'
            '<si><t xml:space="preserve"> 万人 </t></si></sst>' % ns,
        # 1904 system: 43920 is 2024-03-31 (43920 + 1462 in the 1900 system)
        "xl/sheets/data.xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<worksheet %s><sheetData>'
            '<row r="1"><c t="inlineStr"><is><t>指標</t></is></c>'
            '<c t="inlineStr"><is><r><t>時</t></r><r><t>点</t></r></is></c>'
            '<c t="inlineStr"><is><t>実績値</t></is></c>'
            '<c t="inlineStr"><is><t>単位</t></is></c>'
            '<c t="inlineStr"><is><t>備考</t></is></c></row>'
            '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" s="1"><v>43920</v></c>'
            '<c r="C3" t="str"><f>140+1</f><v>141</v></c><c r="D3" t="s"><v>1</v></c></row>'
            '<row r="4"><c r="A4" t="inlineStr"><is><t>water</t>'
            '<rPh><t>ウォーター</t></rPh></is></c>'
            '<c r="B4" t="inlineStr"><is><t>R5.3</t></is></c>'
            '<c r="C4"><f>2*3</f><v>6</v></c><c r="E4" t="b"><v>1</v></c></row>'
            '</sheetData></worksheet>' % ns,
    }
    with zipfile.ZipFile("handmade.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


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
    handmade_xlsx()
    wide_dates_xlsx()
    bad_xlsx()
    example_xlsx()
    wide_cp932_csv()
