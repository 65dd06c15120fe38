check thresholds.strat
