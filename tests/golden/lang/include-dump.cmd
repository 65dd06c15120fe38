dump inc/main.strat
