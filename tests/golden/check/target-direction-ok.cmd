check target-direction-ok.strat
