check no-such-file.strat
