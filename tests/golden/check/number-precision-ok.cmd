check number-precision-ok.strat
