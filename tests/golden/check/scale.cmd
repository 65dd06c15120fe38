check scale.strat
