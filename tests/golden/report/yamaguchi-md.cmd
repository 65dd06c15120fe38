report --format=md ../../../examples/yamaguchi-2018.strat
