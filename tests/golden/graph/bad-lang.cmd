graph --lang=fr ../../../examples/yamaguchi-2018.strat
