report --width=10 ../../../examples/yamaguchi-2018.strat
