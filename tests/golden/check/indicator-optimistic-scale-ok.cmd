check indicator-optimistic-scale-ok.strat
