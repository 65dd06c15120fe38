check duplicate-item-ok.strat
