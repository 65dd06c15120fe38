report --as-of=tomorrow ../../../examples/yamaguchi-2018.strat
