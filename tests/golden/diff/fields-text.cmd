diff base.strat fields.strat
