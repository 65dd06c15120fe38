fmt --check formatted.strat
