report no-such-file.strat
