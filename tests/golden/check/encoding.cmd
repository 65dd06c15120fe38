check encoding.strat
