diff base.strat layout.strat
