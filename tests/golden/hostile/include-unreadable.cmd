check inc/bad-targets.strat
