check target-before-baseline.strat
