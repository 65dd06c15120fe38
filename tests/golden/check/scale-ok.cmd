check scale-ok.strat
