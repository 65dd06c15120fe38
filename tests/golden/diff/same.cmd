diff base.strat base.strat
