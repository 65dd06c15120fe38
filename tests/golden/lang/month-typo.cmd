check month-typo.strat
