check actual-after-as-of-ok.strat
