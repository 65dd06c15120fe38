report --by=sector ../../../examples/yamaguchi-2018.strat
