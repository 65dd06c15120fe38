diff base.strat revised.strat
