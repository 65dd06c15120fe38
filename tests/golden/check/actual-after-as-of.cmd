check actual-after-as-of.strat
