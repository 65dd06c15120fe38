check indicator-without-actual.strat
