check unterminated-string.strat
