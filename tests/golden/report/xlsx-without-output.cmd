report --format=xlsx ../../../examples/yamaguchi-2018.strat
