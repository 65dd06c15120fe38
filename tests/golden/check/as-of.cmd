check --as-of=FY2021 stale-data-ok.strat
