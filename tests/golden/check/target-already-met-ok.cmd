check target-already-met-ok.strat
