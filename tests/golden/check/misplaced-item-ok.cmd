check misplaced-item-ok.strat
