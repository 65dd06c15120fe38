import --sheet=x placement.csv plan.strat
