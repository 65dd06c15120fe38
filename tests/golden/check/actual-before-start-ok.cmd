check actual-before-start-ok.strat
