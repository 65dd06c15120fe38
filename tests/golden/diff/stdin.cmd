diff - revised.strat
