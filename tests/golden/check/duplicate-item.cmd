check duplicate-item.strat
