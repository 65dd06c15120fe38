check syntax-ok.strat
