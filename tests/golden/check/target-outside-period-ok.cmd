check target-outside-period-ok.strat
