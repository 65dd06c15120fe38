check io-ok.strat
