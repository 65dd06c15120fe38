check date-ok.strat
