check unused-definition.strat
