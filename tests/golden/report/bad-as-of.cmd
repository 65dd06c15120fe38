report --as-of=R2.13 ../../../examples/yamaguchi-2018.strat
