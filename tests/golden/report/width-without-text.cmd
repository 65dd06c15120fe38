report --format=md --width=80 ../../../examples/yamaguchi-2018.strat
