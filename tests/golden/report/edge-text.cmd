report edge.strat
