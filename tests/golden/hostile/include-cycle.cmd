check inc/cycle-a.strat
