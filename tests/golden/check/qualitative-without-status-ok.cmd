check qualitative-without-status-ok.strat
