import extra-cell.csv plan.strat
