# bigplan.awk - a plan of n indicators in one project, for the golden cases
# that need a large file (fmt/large, report/stdout-blocks):
#   awk -v n=3000 -f ../bigplan.awk
BEGIN {
    print "strategy big \"Big\" {"
    print "  period FY2020 .. FY2025"
    print "  project p \"P\" {"
    for (i = 0; i < n; i++) {
        printf "    indicator i%d \"指標 %d\" {\n", i, i
        print  "      unit \"件\""
        printf "      baseline %d at FY2019\n", i
        printf "      target %d by FY2025\n", i + 10
        printf "      actual %d at FY2021\n", i + 3
        print  "    }"
    }
    print "  }"
    print "}"
}
