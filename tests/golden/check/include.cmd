check include.strat
