check actual-order-ok.strat
