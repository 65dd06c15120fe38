report fields.strat
