check --as-of=R2.13 stale-data-ok.strat
