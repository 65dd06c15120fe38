check milestone-order-ok.strat
