check stale-data.strat
