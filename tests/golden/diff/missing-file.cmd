diff missing.strat base.strat
