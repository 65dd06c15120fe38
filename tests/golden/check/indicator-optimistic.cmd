check indicator-optimistic.strat
