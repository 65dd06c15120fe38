check assessment-optimistic-scale.strat
