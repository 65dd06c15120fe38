# --format=xlsx: a workbook that openpyxl reads back with the cells, number
# formats, fills, frozen header, filter and print setup the report
# promises (xlsx_check.py), in both languages, and that LibreOffice opens
# (converted headless to CSV as the cells are shown: dates, percentages);
# written atomically (no temporary left beside it); a directory that is
# not writable is left empty.
set -u
py=python3
python3 -c 'import openpyxl' 2>/dev/null || py=/usr/bin/python3
if ! $py -c 'import openpyxl' 2>/dev/null; then
    echo "xlsx: SKIPPED: python3-openpyxl is not installed"
    exit 0
fi
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
trap 'exit 143' TERM INT   # killed from outside: still clean up (sh skips EXIT then)
$STRATC report --format=xlsx -o "$d/y.xlsx" ../../../examples/yamaguchi-2018.strat || exit 1
$py ./xlsx_check.py "$d/y.xlsx" || exit 1
$STRATC report --format=xlsx --lang=en -o "$d/f.xlsx" fields.strat || exit 1
$py ./xlsx_check.py "$d/f.xlsx" || exit 1
# Two plans in one workbook: a first column names the strategy.
$STRATC report --format=xlsx -o "$d/p.xlsx" fields.strat ../../../examples/nihon-saiko-kpi.strat || exit 1
$py ./xlsx_check.py "$d/p.xlsx" || exit 1
if command -v soffice >/dev/null 2>&1; then
    # A fresh profile, nothing else: LibreOffice writes one CSV per sheet.
    ${REAL_CLOCK:-} timeout -k 10 300 soffice --headless -env:UserInstallation="file://$d/lo-profile" \
        --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
        --outdir "$d/lo" "$d/y.xlsx" >"$d/lo.log" 2>&1
    echo "LibreOffice sheets: $(ls "$d/lo" | sed 's/^y-//; s/\.csv$//' | sort | tr '\n' ' ')"
    sed -n '4,6p' "$d/lo/y-進捗.csv" | tr -d '\r' | sed 's/^/LibreOffice: /'
    rm -rf "$d/lo" "$d/lo-profile" "$d/lo.log"
else
    echo "LibreOffice: SKIPPED: soffice is not installed (Debian libreoffice-calc-nogui)"
fi
ls -A "$d" | sed 's/^/left in the directory: /'
mkdir "$d/ro" && chmod 555 "$d/ro"
if [ "$(id -u)" != 0 ]; then
    $STRATC report --format=xlsx -o "$d/ro/x.xlsx" fields.strat 2>/dev/null && echo "wrote into a read-only directory"
fi
echo "read-only directory left empty: $(ls -A "$d/ro" | wc -l)"
