report shapes.strat
