check target-already-met.strat
