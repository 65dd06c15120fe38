check indicator-without-target.strat
