check date-after-era.strat
