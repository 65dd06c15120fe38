check shapes.strat
