check indicator-without-target-ok.strat
