check misplaced-item.strat
