check indicator-without-actual-ok.strat
