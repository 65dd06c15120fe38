check period-order-ok.strat
