check target-before-baseline-ok.strat
