diff revised.strat base.strat
