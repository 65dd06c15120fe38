check target-equals-baseline-ok.strat
