check era-r999.strat
