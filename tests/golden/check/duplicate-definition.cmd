check duplicate-definition.strat
