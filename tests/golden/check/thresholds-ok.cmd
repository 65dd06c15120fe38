check thresholds-ok.strat
