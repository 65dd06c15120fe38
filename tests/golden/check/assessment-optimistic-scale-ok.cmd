check assessment-optimistic-scale-ok.strat
