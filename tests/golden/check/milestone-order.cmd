check milestone-order.strat
