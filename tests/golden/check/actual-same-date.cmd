check actual-same-date.strat
