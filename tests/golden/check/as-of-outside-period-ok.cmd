check as-of-outside-period-ok.strat
