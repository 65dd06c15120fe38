diff --format=md ../../../examples/yamaguchi-2018.strat ../../../examples/yamaguchi-2021.strat
