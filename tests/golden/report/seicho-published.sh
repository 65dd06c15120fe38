# seicho-published.sh - examples/seicho-senryaku-kpi.strat against what the
# growth-strategy reviews published: each KPI's needed-now value at the
# precision the review printed it, and its computed grade beside the grade
# the file declares from the review (the example's header cites each one).
# A printed value or grade that stratc stops reproducing fails here.
set -u
$STRATC report --format=json ../../../examples/seicho-senryaku-kpi.strat | python3 -c '
import json, sys
published = {                       # id: (needed now as printed, grade)
    "capex":            (None,     "A"),   # the review printed the grade only
    "fathers_leave":    ("4.93",   "B"),
    "waiting_children": ("16550",  "B"),
    "visitors":         ("2784",   "A"),   # 2,869 was "85 above the pace"
    "english_jhs":      ("42.6",   None),  # graded once with english_hs
    "english_hs":       ("41.4",   None),
    "power_reform":     (None,     "F"),
}
doc = json.load(sys.stdin)
for p in doc["projects"]:
    for i in p["indicators"]:
        want_needed, want_grade = published[i["id"]]
        got = i["needed_now"]
        if want_needed is None:
            shown = "-"
        else:
            places = len(want_needed.partition(".")[2])
            shown = "%.*f" % (places, got)
        ok = (want_needed is None or shown == want_needed) and \
             (want_grade is None or (i["grade"] == want_grade and i["declared_grade"] == want_grade))
        print("%-17s needed %-6s grade %s declared %-4s %s" % (i["id"], shown, i["grade"],
              i["declared_grade"] or "none", "ok" if ok else "DIFFERS FROM THE REVIEW"))
'
