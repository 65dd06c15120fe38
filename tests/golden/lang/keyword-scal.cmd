check keyword-scal.strat
