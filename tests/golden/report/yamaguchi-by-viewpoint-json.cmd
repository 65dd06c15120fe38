report --format=json --by=viewpoint ../../../examples/yamaguchi-2018.strat
