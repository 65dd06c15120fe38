check bad-dates.strat
