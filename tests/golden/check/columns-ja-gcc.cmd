check columns-ja.strat
