check indicator-optimistic-ok.strat
