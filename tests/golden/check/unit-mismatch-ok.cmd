check unit-mismatch-ok.strat
