check assessment-optimistic.strat
