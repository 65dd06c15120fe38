check unterminated-block.strat
