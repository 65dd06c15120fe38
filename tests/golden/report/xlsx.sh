# --format=xlsx: a workbook that openpyxl reads back with the cells, number
# formats, fills, frozen header, filter and print setup the report
# promises (xlsx_check.py), in both languages; written atomically (no
# temporary left beside it); a file that is not writable leaves no trace.
set -u
py=python3
python3 -c 'import openpyxl' 2>/dev/null || py=/usr/bin/python3
if ! $py -c 'import openpyxl' 2>/dev/null; then
    echo "xlsx: SKIPPED: python3-openpyxl is not installed"
    exit 0
fi
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
$STRATC report --format=xlsx -o "$d/y.xlsx" ../../../examples/yamaguchi-2018.strat || exit 1
$py ./xlsx_check.py "$d/y.xlsx" || exit 1
$STRATC report --format=xlsx --lang=en -o "$d/f.xlsx" fields.strat || exit 1
$py ./xlsx_check.py "$d/f.xlsx" || exit 1
ls -A "$d" | sed 's/^/left in the directory: /'
mkdir "$d/ro" && chmod 555 "$d/ro"
if [ "$(id -u)" != 0 ]; then
    $STRATC report --format=xlsx -o "$d/ro/x.xlsx" fields.strat 2>/dev/null && echo "wrote into a read-only directory"
fi
echo "read-only directory left empty: $(ls -A "$d/ro" | wc -l)"
