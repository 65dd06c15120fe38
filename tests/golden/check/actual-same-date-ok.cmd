check actual-same-date-ok.strat
