fmt nendo-end.strat
