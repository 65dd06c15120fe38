import ../../../examples/yamaguchi-actuals.csv ../../../examples/yamaguchi-2018.strat
