check encoding-ok.strat
