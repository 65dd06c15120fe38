check number-precision.strat
