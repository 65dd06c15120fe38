check period-order.strat
