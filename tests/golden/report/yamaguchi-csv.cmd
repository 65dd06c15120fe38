report --format=csv ../../../examples/yamaguchi-2018.strat
