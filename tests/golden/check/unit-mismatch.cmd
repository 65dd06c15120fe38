check unit-mismatch.strat
