report --format=pdf ../../../examples/yamaguchi-2018.strat
