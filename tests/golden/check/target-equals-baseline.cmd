check target-equals-baseline.strat
