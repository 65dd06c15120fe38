import dup-rows.csv plan.strat
