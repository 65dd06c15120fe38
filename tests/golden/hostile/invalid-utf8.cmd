check invalid-utf8.strat
