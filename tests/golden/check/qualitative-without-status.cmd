check qualitative-without-status.strat
