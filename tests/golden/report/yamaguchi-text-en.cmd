report --lang=en ../../../examples/yamaguchi-2018.strat
