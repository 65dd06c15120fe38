check target-direction.strat
