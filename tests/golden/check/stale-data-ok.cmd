check stale-data-ok.strat
