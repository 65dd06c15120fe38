report ../../../examples/yamaguchi-2018.strat has-errors.strat
