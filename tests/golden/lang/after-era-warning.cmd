dump after-era.strat
