# COLUMNS sets the text report's width when --width is not given, and
# --width wins over it; no line is wider than asked.
set -u
w() { python3 -c 'import sys,unicodedata
print(max(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l.rstrip("\n")) for l in sys.stdin))'; }
echo "COLUMNS=72: widest line $(COLUMNS=72 $STRATC report ../../../examples/yamaguchi-2018.strat | w)"
echo "COLUMNS=72 --width=100: widest line $(COLUMNS=72 $STRATC report --width=100 ../../../examples/yamaguchi-2018.strat | w)"
echo "COLUMNS=30 --lang=en: widest line $(COLUMNS=30 $STRATC report --lang=en ../../../examples/acme-2024.strat | w)"
echo "no COLUMNS, not a terminal: widest line $($STRATC report ../../../examples/yamaguchi-2018.strat | w)"
