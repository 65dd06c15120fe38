report --by=owner ../../../examples/yamaguchi-2018.strat
