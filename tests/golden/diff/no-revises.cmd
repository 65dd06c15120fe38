diff base.strat
