report --format=csv --encoding=latin1 ../../../examples/yamaguchi-2018.strat
