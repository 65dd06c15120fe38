# progress.jq - the benchmark's jq baseline: the progress figures stratc's
# report computes, from the JSON that bench/gen writes (`gen -f json`).
#
# Per quantitative indicator: the latest actual against the next target (the
# earliest one due on or after the actual's date, else the last one), as a
# fraction of the way from the baseline (when there is one) to the target;
# then averaged per project.
def rate($b; $t; $a; $dir):
  if $b != null and $t != $b then ($a - $b) / ($t - $b)
  elif $dir == "decrease" then (if $a != 0 then $t / $a else null end)
  elif $t != 0 then $a / $t
  else null end;

def indicator_rate:
  . as $i
  | ([.targets[] | select(.value != null)] | sort_by(.date)) as $ts
  | (.actuals | max_by(.date)) as $a
  | if ($ts | length) == 0 or $a == null then null
    else (([$ts[] | select(.date >= $a.date)] | first) // ($ts | last)) as $t
         | rate($i.baseline.value; $t.value; $a.value; $i.direction)
    end;

{ as_of: .strategy.as_of,
  projects: [ .strategy.projects[]
              | [.indicators[] | indicator_rate | select(. != null)] as $r
              | { id, indicators: ($r | length),
                  progress: (if ($r | length) > 0 then ($r | add / length) else null end) } ] }
| .mean = ([.projects[].progress | select(. != null)] | if length > 0 then add / length else null end)
