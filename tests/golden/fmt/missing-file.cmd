fmt nosuch.strat formatted.strat
