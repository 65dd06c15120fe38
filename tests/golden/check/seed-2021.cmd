check ../../../examples/yamaguchi-2021.strat
