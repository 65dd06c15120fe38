import data.txt plan.strat
