init --template=nope plan.strat
