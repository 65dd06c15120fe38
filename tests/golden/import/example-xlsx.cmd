import ../../../examples/yamaguchi-actuals.xlsx ../../../examples/yamaguchi-2018.strat
