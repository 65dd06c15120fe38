check target-outside-period.strat
