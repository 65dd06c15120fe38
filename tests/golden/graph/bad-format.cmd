graph --format=png ../../../examples/yamaguchi-2018.strat
