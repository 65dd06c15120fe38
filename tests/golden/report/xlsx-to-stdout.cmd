report --format=xlsx -o - ../../../examples/yamaguchi-2018.strat
