import unit.csv plan.strat
