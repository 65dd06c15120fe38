check actual-before-start.strat
