check date-after-era-ok.strat
