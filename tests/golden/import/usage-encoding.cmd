import --input-encoding=nonesuch header-only.csv plan.strat
