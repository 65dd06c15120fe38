report --format=json ../../../examples/yamaguchi-2018.strat
