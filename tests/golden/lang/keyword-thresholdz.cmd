check keyword-thresholdz.strat
