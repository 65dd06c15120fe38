check plan.strat
