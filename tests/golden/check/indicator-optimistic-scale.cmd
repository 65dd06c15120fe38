check indicator-optimistic-scale.strat
