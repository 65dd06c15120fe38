check as-of-outside-period.strat
