check actual-order.strat
