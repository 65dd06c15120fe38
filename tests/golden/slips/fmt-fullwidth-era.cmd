fmt fullwidth-era.strat
