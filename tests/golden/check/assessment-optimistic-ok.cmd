check assessment-optimistic-ok.strat
